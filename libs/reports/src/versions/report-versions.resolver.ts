import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Call, CallContext, CurrentActor, Loaders } from '@samverkan/auth';
import { IdArgs, LoaderRegistry } from '@samverkan/common';
import { User, UsersService } from '@samverkan/organisation';
import { PlanStructureService } from '@samverkan/plan';
import { MissingPart, missingParts } from '../content/report-sections';
import { ReportCopiesService } from '../deliveries/report-copies.service';
import { ReportDeliveryView } from '../deliveries/report-delivery.view';
import { Report, ReportStatus } from '../reports/report.entity';
import { AcknowledgeReportInput, ReturnReportInput } from '../reports/report.inputs';
import { ReportsService } from '../reports/reports.service';
import { ReportVersion } from './report-version.entity';
import { ReportWorkflowService } from './report-workflow.service';

@Resolver(() => ReportVersion)
export class ReportVersionsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly workflow: ReportWorkflowService,
    private readonly copies: ReportCopiesService,
    private readonly structure: PlanStructureService,
    private readonly users: UsersService,
  ) {}

  @Query(() => ReportVersion)
  reportVersion(@CurrentActor() actor: Actor | null, @Args() { id }: IdArgs): Promise<ReportVersion> {
    return this.reports.getVersion(actor, id);
  }

  @Mutation(() => ReportVersion, {
    description: 'Submit the draft of the report with this id: it is frozen and copied to the Gender Equality Agency',
  })
  submitReport(@Call() call: CallContext, @Args() { id }: IdArgs): Promise<ReportVersion> {
    return this.workflow.submit(call, id);
  }

  @Mutation(() => ReportVersion, { description: 'Steering-group members' })
  acknowledgeReport(@Call() call: CallContext, @Args('input') input: AcknowledgeReportInput): Promise<ReportVersion> {
    return this.workflow.acknowledge(call, input);
  }

  @Mutation(() => ReportVersion, { description: 'Steering-group members: return a submitted version for revision, saying what to revise' })
  returnReport(@Call() call: CallContext, @Args('input') input: ReturnReportInput): Promise<ReportVersion> {
    return this.workflow.returnForRevision(call, input);
  }

  @ResolveField(() => Report)
  report(@Parent() version: ReportVersion, @Loaders() loaders: LoaderRegistry): Promise<Report | null> {
    return this.reports.load(loaders, version.reportId);
  }

  @ResolveField(() => [ReportDeliveryView], { description: 'The copies of this version and where each stands' })
  deliveries(@Parent() version: ReportVersion, @Loaders() loaders: LoaderRegistry): Promise<ReportDeliveryView[]> {
    return this.copies.loadForVersion(loaders, version.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'The rendered PDF, base64; submitted versions only' })
  async pdfBase64(@Parent() version: ReportVersion, @Loaders() loaders: LoaderRegistry): Promise<string | null> {
    return (await this.reports.loadPdf(loaders, version.id))?.toString('base64') ?? null;
  }

  @ResolveField(() => [MissingPart], { description: 'What a draft still lacks before it can be submitted; empty once submitted' })
  async missingParts(@Parent() version: ReportVersion, @Loaders() loaders: LoaderRegistry): Promise<MissingPart[]> {
    if (version.status !== ReportStatus.DRAFT) return [];
    const report = await this.reports.load(loaders, version.reportId);
    return missingParts(version.sections, { perspectives: await this.structure.loadPerspectives(loaders, report!.planId) });
  }

  @ResolveField(() => User, { nullable: true })
  submittedBy(@Parent() version: ReportVersion, @Loaders() loaders: LoaderRegistry): Promise<User | null> {
    return version.submittedById ? this.users.load(loaders, version.submittedById) : Promise.resolve(null);
  }
}
