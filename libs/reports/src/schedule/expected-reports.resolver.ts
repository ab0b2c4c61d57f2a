import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Call, CallContext, CurrentActor, Loaders, PolicyService } from '@samverkan/auth';
import { LoaderRegistry } from '@samverkan/common';
import { Agency, AgenciesService, Group, GroupsService } from '@samverkan/organisation';
import { mayAuthor } from '../reports/report-access';
import { Report } from '../reports/report.entity';
import { PlanYearArgs } from '../reports/reports.args';
import { ReportsService } from '../reports/reports.service';
import { ReportSchedule } from './report-schedule.entity';
import { ReportScheduleService } from './report-schedule.service';
import { ExpectedReport, SetReportDueDateInput } from './report-schedule.types';

@Resolver(() => ExpectedReport)
export class ExpectedReportsResolver {
  constructor(
    private readonly schedule: ReportScheduleService,
    private readonly reports: ReportsService,
    private readonly groups: GroupsService,
    private readonly agencies: AgenciesService,
    private readonly policy: PolicyService,
  ) {}

  @Query(() => [ExpectedReport], {
    description: 'Reports the plan expects for the year (every working group, every member agency) with no submitted version; late ones are past due',
  })
  missingReports(@CurrentActor() actor: Actor | null, @Args() args: PlanYearArgs): Promise<ExpectedReport[]> {
    return this.schedule.missing(actor, args);
  }

  @Query(() => [ExpectedReport], {
    description: 'Every report the plan expects for the year (every working group, every member agency), with its state; late ones are past due or were submitted after it',
  })
  expectedReports(@CurrentActor() actor: Actor | null, @Args() args: PlanYearArgs): Promise<ExpectedReport[]> {
    return this.schedule.ofYear(actor, args);
  }

  @Mutation(() => ReportSchedule, { description: 'Administrators: when the annual reports of a plan are due' })
  setReportDueDate(@Call() call: CallContext, @Args('input') input: SetReportDueDateInput): Promise<ReportSchedule> {
    return this.schedule.setDueDate(call, input);
  }

  @ResolveField(() => Group, { nullable: true })
  group(@Parent() expected: ExpectedReport, @Loaders() loaders: LoaderRegistry): Promise<Group | null> {
    return expected.groupId ? this.groups.load(loaders, expected.groupId) : Promise.resolve(null);
  }

  @ResolveField(() => Agency, { nullable: true })
  agency(@Parent() expected: ExpectedReport, @Loaders() loaders: LoaderRegistry): Promise<Agency | null> {
    return expected.agencyId ? this.agencies.load(loaders, expected.agencyId) : Promise.resolve(null);
  }

  @ResolveField(() => Boolean, { description: "The caller may write it: the group's coordinator, or a representative of the agency" })
  mayWrite(@Parent() expected: ExpectedReport, @CurrentActor() actor: Actor | null): boolean {
    return mayAuthor(this.policy, actor, expected);
  }

  @ResolveField(() => Report, { nullable: true })
  report(@Parent() expected: ExpectedReport, @Loaders() loaders: LoaderRegistry): Promise<Report | null> {
    return expected.reportId ? this.reports.load(loaders, expected.reportId) : Promise.resolve(null);
  }
}
