import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Call, CallContext, CurrentActor, Loaders, PolicyService } from '@samverkan/auth';
import { ConnectionType, IdArgs, LoaderRegistry } from '@samverkan/common';
import { Agency, AgenciesService, Group, GroupsService } from '@samverkan/organisation';
import { Plan, PlansService } from '@samverkan/plan';
import { ReportScheduleService } from '../schedule/report-schedule.service';
import { dueDateOf } from '../schedule/report-schedule.entity';
import { ReportVersion } from '../versions/report-version.entity';
import { mayAuthor } from './report-access';
import { Report } from './report.entity';
import { CreateReportInput, EditReportInput } from './report.inputs';
import { ReportsArgs } from './reports.args';
import { ReportsService } from './reports.service';

export const ReportConnection = ConnectionType(Report, 'ReportConnection');

@Resolver(() => Report)
export class ReportsResolver {
  constructor(
    private readonly reportService: ReportsService,
    private readonly schedule: ReportScheduleService,
    private readonly plans: PlansService,
    private readonly groups: GroupsService,
    private readonly agencies: AgenciesService,
    private readonly policy: PolicyService,
  ) {}

  @Query(() => ReportConnection, { description: 'Reports by plan, year, kind, group, agency or status; by year, then id' })
  reports(@CurrentActor() actor: Actor | null, @Args() args: ReportsArgs) {
    return this.reportService.list(actor, args);
  }

  @Query(() => Report)
  report(@CurrentActor() actor: Actor | null, @Args() { id }: IdArgs): Promise<Report> {
    return this.reportService.get(actor, id);
  }

  @Mutation(() => Report, { description: "Start a year's report with an empty draft: the group's coordinator, or a representative of the agency" })
  createReport(@Call() call: CallContext, @Args('input') input: CreateReportInput): Promise<Report> {
    return this.reportService.create(call, input);
  }

  @Mutation(() => ReportVersion, { description: 'Edit the draft; after a submission this starts the next version, the submitted one stays frozen' })
  editReport(@Call() call: CallContext, @Args('input') input: EditReportInput): Promise<ReportVersion> {
    return this.reportService.edit(call, input);
  }

  @ResolveField(() => Boolean, { description: "The caller may write it: the group's coordinator, or a representative of the agency" })
  mayWrite(@Parent() report: Report, @CurrentActor() actor: Actor | null): boolean {
    return mayAuthor(this.policy, actor, report);
  }

  @ResolveField(() => Plan)
  plan(@Parent() report: Report, @Loaders() loaders: LoaderRegistry): Promise<Plan | null> {
    return this.plans.load(loaders, report.planId);
  }

  @ResolveField(() => Group, { nullable: true })
  group(@Parent() report: Report, @Loaders() loaders: LoaderRegistry): Promise<Group | null> {
    return report.groupId ? this.groups.load(loaders, report.groupId) : Promise.resolve(null);
  }

  @ResolveField(() => Agency, { nullable: true })
  agency(@Parent() report: Report, @Loaders() loaders: LoaderRegistry): Promise<Agency | null> {
    return report.agencyId ? this.agencies.load(loaders, report.agencyId) : Promise.resolve(null);
  }

  @ResolveField(() => [ReportVersion], { description: 'Oldest first' })
  versions(@Parent() report: Report, @Loaders() loaders: LoaderRegistry): Promise<ReportVersion[]> {
    return this.reportService.loadVersions(loaders, report.id);
  }

  @ResolveField(() => ReportVersion)
  async latest(@Parent() report: Report, @Loaders() loaders: LoaderRegistry): Promise<ReportVersion | undefined> {
    return (await this.reportService.loadVersions(loaders, report.id)).find((version) => version.number === report.latestVersion);
  }

  @ResolveField(() => String, { description: 'YYYY-MM-DD' })
  async dueDate(@Parent() report: Report, @Loaders() loaders: LoaderRegistry): Promise<string> {
    return dueDateOf(report.year, await this.schedule.loadDueMonthDay(loaders, report.planId));
  }
}
