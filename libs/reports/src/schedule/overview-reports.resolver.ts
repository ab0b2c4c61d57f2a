import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@samverkan/auth';
import { PlanOverview } from '@samverkan/plan';
import { ReportScheduleService } from './report-schedule.service';
import { ExpectedReport } from './report-schedule.types';

/** The reports part of the steering group's overview, which the plan library cannot know of. */
@Resolver(() => PlanOverview)
export class OverviewReportsResolver {
  constructor(private readonly schedule: ReportScheduleService) {}

  @ResolveField(() => [ExpectedReport], {
    description: "Each expected report of the year (every year of the plan without one) not yet submitted, or submitted after its due date; `late` says whether it is past due",
  })
  reportsMissingOrLate(@CurrentActor() actor: Actor | null, @Parent() overview: PlanOverview): Promise<ExpectedReport[]> {
    return this.schedule.missingOrLate(actor, overview.planId, overview.year);
  }
}
