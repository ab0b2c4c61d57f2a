import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Loaders } from '@samverkan/auth';
import { Connection, LoaderRegistry } from '@samverkan/common';
import { Goal } from '../goals/goal.entity';
import { Indicator } from '../indicators/indicator.entity';
import { FollowUpDue, FollowUpDueArgs, FollowUpDueConnection, FollowUpYearArgs } from './follow-up.types';
import { FollowUpService } from './follow-up.service';

@Resolver(() => FollowUpDue)
export class FollowUpResolver {
  constructor(private readonly followUp: FollowUpService) {}

  @Query(() => FollowUpDueConnection, { description: "An agency's goals still lacking a measurement or an assessment for the year" })
  followUpDue(@CurrentActor() actor: Actor | null, @Args() args: FollowUpDueArgs): Promise<Connection<FollowUpDue>> {
    return this.followUp.due(actor, args);
  }

  @ResolveField(() => Boolean)
  assessmentMissing(@Parent() due: FollowUpDue, @Loaders() loaders: LoaderRegistry): Promise<boolean> {
    return this.followUp.loadAssessmentMissing(loaders, due);
  }

  @ResolveField(() => [Indicator], { description: 'Indicators with no current measurement for the year' })
  indicatorsWithoutMeasurement(@Parent() due: FollowUpDue, @Loaders() loaders: LoaderRegistry): Promise<Indicator[]> {
    return this.followUp.loadIndicatorsWithoutMeasurement(loaders, due);
  }
}

@Resolver(() => Goal)
export class GoalFollowUpResolver {
  constructor(private readonly followUpService: FollowUpService) {}

  @ResolveField(() => FollowUpDue, {
    nullable: true,
    description: "What the goal's follow-up for the year still lacks, by the rule of followUpDue; null for a year before the goal is followed up",
  })
  followUp(@Parent() goal: Goal, @Args() { year }: FollowUpYearArgs): FollowUpDue | null {
    return this.followUpService.followUpOf(goal, year);
  }
}
