import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Loaders } from '@samverkan/auth';
import { LoaderRegistry } from '@samverkan/common';
import { OverviewLabelsService } from './overview-labels.service';
import { PlanOverviewService } from './plan-overview.service';
import { OverviewRow, PlanOverview, PlanOverviewArgs } from './plan-overview.types';

@Resolver(() => PlanOverview)
export class PlanOverviewResolver {
  constructor(private readonly overviews: PlanOverviewService) {}

  @Query(() => PlanOverview, { description: "The steering group's overview of a plan, optionally for one year" })
  planOverview(@CurrentActor() actor: Actor | null, @Args() args: PlanOverviewArgs): Promise<PlanOverview> {
    return this.overviews.overview(actor, args);
  }
}

@Resolver(() => OverviewRow)
export class OverviewRowResolver {
  constructor(private readonly labels: OverviewLabelsService) {}

  @ResolveField(() => String, { description: 'Name of the group, development area, agency (in Swedish) or perspective' })
  label(@Parent() row: OverviewRow, @Loaders() loaders: LoaderRegistry): Promise<string> {
    return this.labels.labelOf(loaders, row);
  }
}
