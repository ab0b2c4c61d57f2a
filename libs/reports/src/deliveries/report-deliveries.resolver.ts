import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Call, CallContext, CurrentActor, Loaders } from '@samverkan/auth';
import { IdArgs, LoaderRegistry } from '@samverkan/common';
import { Agency, AgenciesService } from '@samverkan/organisation';
import { ReportsService } from '../reports/reports.service';
import { ReportVersion } from '../versions/report-version.entity';
import { ReportCopiesService } from './report-copies.service';
import { ReportCopyEndpoint } from './report-copy-endpoint.entity';
import { SetReportCopyEndpointInput, TestReportCopyEndpointInput } from './report-copy-endpoint.inputs';
import { ReportCopyTestResult } from './report-copy-test-result.type';
import { ReportDeliveriesArgs, ReportDeliveryConnection, ReportDeliveryView } from './report-delivery.view';

@Resolver(() => ReportDeliveryView)
export class ReportDeliveriesResolver {
  constructor(
    private readonly copies: ReportCopiesService,
    private readonly reports: ReportsService,
    private readonly agencies: AgenciesService,
  ) {}

  @Query(() => ReportDeliveryConnection, { description: 'Copies of submitted reports, oldest first; status DEAD lists those that need an administrator' })
  reportDeliveries(@CurrentActor() actor: Actor | null, @Args() args: ReportDeliveriesArgs) {
    return this.copies.list(actor, args);
  }

  @Mutation(() => ReportDeliveryView, { description: 'Administrators: try an unsent copy again now; a DEAD copy gets a fresh series of attempts' })
  retryReportDelivery(@Call() call: CallContext, @Args() { id }: IdArgs): Promise<ReportDeliveryView> {
    return this.copies.retry(call, id);
  }

  @Mutation(() => ReportCopyEndpoint, { nullable: true, description: "Administrators: set or remove an agency's webhook for report copies" })
  setReportCopyEndpoint(@Call() call: CallContext, @Args('input') input: SetReportCopyEndpointInput): Promise<ReportCopyEndpoint | null> {
    return this.copies.setEndpoint(call, input);
  }

  @Mutation(() => ReportCopyTestResult, {
    description: "Administrators: send a test message to an agency's e-mail address or webhook and see the receiver's answer; no copy is recorded",
  })
  testReportCopyEndpoint(@Call() call: CallContext, @Args('input') input: TestReportCopyEndpointInput): Promise<ReportCopyTestResult> {
    return this.copies.testEndpoint(call, input);
  }

  @ResolveField(() => Agency)
  agency(@Parent() delivery: ReportDeliveryView, @Loaders() loaders: LoaderRegistry): Promise<Agency | null> {
    return this.agencies.load(loaders, delivery.agencyId);
  }

  @ResolveField(() => ReportVersion)
  version(@Parent() delivery: ReportDeliveryView, @Loaders() loaders: LoaderRegistry): Promise<ReportVersion | null> {
    return this.reports.loadVersion(loaders, delivery.versionId);
  }
}

@Resolver(() => Agency)
export class AgencyCopyEndpointResolver {
  constructor(private readonly copies: ReportCopiesService) {}

  @ResolveField(() => ReportCopyEndpoint, { nullable: true, description: 'Where the agency takes report copies by webhook, if anywhere' })
  reportCopyEndpoint(@Parent() agency: Agency, @Loaders() loaders: LoaderRegistry): Promise<ReportCopyEndpoint | null> {
    return this.copies.loadEndpoint(loaders, agency.id);
  }
}
