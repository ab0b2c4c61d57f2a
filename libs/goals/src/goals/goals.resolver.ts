import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Call, CallContext, CurrentActor, Loaders } from '@samverkan/auth';
import { Connection, IdArgs, LoaderRegistry } from '@samverkan/common';
import { AgenciesService, Agency } from '@samverkan/organisation';
import { DevelopmentArea, Perspective } from '@samverkan/plan';
import { GoalAssessment } from '../assessments/goal-assessment.entity';
import { AssessmentsService } from '../assessments/assessments.service';
import { Indicator } from '../indicators/indicator.entity';
import { IndicatorsService } from '../indicators/indicators.service';
import { GoalConnection } from './goal-connection.type';
import { Goal } from './goal.entity';
import { CreateGoalInput, UpdateGoalInput } from './goal.inputs';
import { GoalsArgs } from './goals.args';
import { GoalsService } from './goals.service';

@Resolver(() => Goal)
export class GoalsResolver {
  constructor(
    private readonly goalService: GoalsService,
    private readonly indicatorService: IndicatorsService,
    private readonly assessmentService: AssessmentsService,
    private readonly agencies: AgenciesService,
  ) {}

  @Query(() => GoalConnection, { description: "Agencies' own goals, by title" })
  goals(@CurrentActor() actor: Actor | null, @Args() args: GoalsArgs): Promise<Connection<Goal>> {
    return this.goalService.list(actor, args);
  }

  @Query(() => Goal)
  goal(@CurrentActor() actor: Actor | null, @Args() { id }: IdArgs): Promise<Goal> {
    return this.goalService.get(actor, id);
  }

  @Mutation(() => Goal, { description: 'Representatives of the owning agency only' })
  createGoal(@Call() call: CallContext, @Args('input') input: CreateGoalInput): Promise<Goal> {
    return this.goalService.create(call, input);
  }

  @Mutation(() => Goal, { description: 'Representatives of the owning agency only' })
  updateGoal(@Call() call: CallContext, @Args('input') input: UpdateGoalInput): Promise<Goal> {
    return this.goalService.update(call, input);
  }

  @ResolveField(() => Agency)
  agency(@Parent() goal: Goal, @Loaders() loaders: LoaderRegistry): Promise<Agency | null> {
    return this.agencies.load(loaders, goal.agencyId);
  }

  @ResolveField(() => DevelopmentArea, { nullable: true })
  developmentArea(@Parent() goal: Goal, @Loaders() loaders: LoaderRegistry): Promise<DevelopmentArea | null> {
    return goal.developmentAreaId ? this.goalService.loadDevelopmentArea(loaders, goal.developmentAreaId) : Promise.resolve(null);
  }

  @ResolveField(() => [Perspective])
  perspectives(@Parent() goal: Goal, @Loaders() loaders: LoaderRegistry): Promise<Perspective[]> {
    return this.goalService.loadPerspectives(loaders, goal.id);
  }

  @ResolveField(() => [Indicator], { description: 'By name' })
  indicators(@Parent() goal: Goal, @Loaders() loaders: LoaderRegistry): Promise<Indicator[]> {
    return this.indicatorService.loadByGoal(loaders, goal.id);
  }

  @ResolveField(() => [GoalAssessment], { description: 'By year' })
  assessments(@Parent() goal: Goal, @Loaders() loaders: LoaderRegistry): Promise<GoalAssessment[]> {
    return this.assessmentService.loadByGoal(loaders, goal.id);
  }
}
