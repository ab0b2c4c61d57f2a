import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Call, CallContext, CurrentActor, Loaders } from '@samverkan/auth';
import { IdArgs, LoaderRegistry } from '@samverkan/common';
import { Agency, AgenciesService, Group, GroupsService } from '@samverkan/organisation';
import { DevelopmentArea } from '../areas/development-area.entity';
import { PlanStructureService } from '../areas/plan-structure.service';
import { Perspective } from '../perspectives/perspective.entity';
import { PlanAgency } from './plan-agency.entity';
import { PlanAsOfRevision } from './plan-as-of-revision.type';
import { PlanRevision } from './plan-revision.entity';
import { Plan } from './plan.entity';
import { CreatePlanInput, PlanAgencyKeyInput, PlanRevisionArgs, RevisePlanInput, SetPlanAgencyInput, UpdatePlanInput } from './plan.inputs';
import { PlansService } from './plans.service';

@Resolver(() => Plan)
export class PlansResolver {
  constructor(
    private readonly planService: PlansService,
    private readonly structure: PlanStructureService,
    private readonly groupService: GroupsService,
  ) {}

  @Query(() => [Plan], { description: 'Plans, newest period first' })
  plans(@CurrentActor() actor: Actor | null): Promise<Plan[]> {
    return this.planService.list(actor);
  }

  @Query(() => Plan)
  plan(@CurrentActor() actor: Actor | null, @Args() { id }: IdArgs): Promise<Plan> {
    return this.planService.get(actor, id);
  }

  @Query(() => PlanAsOfRevision, { description: 'The plan as it stood when a revision was recorded' })
  planAsOfRevision(@CurrentActor() actor: Actor | null, @Args() { planId, number }: PlanRevisionArgs): Promise<PlanAsOfRevision> {
    return this.planService.asOfRevision(actor, planId, number);
  }

  @Mutation(() => Plan, { description: 'Administrators only' })
  createPlan(@Call() call: CallContext, @Args('input') input: CreatePlanInput): Promise<Plan> {
    return this.planService.create(call, input);
  }

  @Mutation(() => Plan, { description: 'Administrators only' })
  updatePlan(@Call() call: CallContext, @Args('input') input: UpdatePlanInput): Promise<Plan> {
    return this.planService.update(call, input);
  }

  @Mutation(() => PlanRevision, { description: 'Record a revision of the plan: what changed and why. Administrators and the steering group' })
  revisePlan(@Call() call: CallContext, @Args('input') input: RevisePlanInput): Promise<PlanRevision> {
    return this.planService.revise(call, input);
  }

  @Mutation(() => PlanAgency, { description: "Set an agency's part in the plan. Administrators only" })
  setPlanAgency(@Call() call: CallContext, @Args('input') input: SetPlanAgencyInput): Promise<PlanAgency> {
    return this.planService.setParticipation(call, input);
  }

  @Mutation(() => PlanAgency, {
    description: 'The agency leaves the plan; refused while it leads or takes part in items, has goals or reports, or coordinates a group in it. Administrators only',
  })
  removePlanAgency(@Call() call: CallContext, @Args('input') input: PlanAgencyKeyInput): Promise<PlanAgency> {
    return this.planService.removeParticipation(call, input);
  }

  @ResolveField(() => [PlanRevision])
  revisions(@Parent() plan: Plan, @Loaders() loaders: LoaderRegistry): Promise<PlanRevision[]> {
    return this.planService.loadRevisions(loaders, plan.id);
  }

  @ResolveField(() => [PlanAgency], { description: 'Agencies taking part and their roles' })
  agencies(@Parent() plan: Plan, @Loaders() loaders: LoaderRegistry): Promise<PlanAgency[]> {
    return this.planService.loadParticipations(loaders, plan.id);
  }

  @ResolveField(() => [DevelopmentArea])
  developmentAreas(@Parent() plan: Plan, @Loaders() loaders: LoaderRegistry): Promise<DevelopmentArea[]> {
    return this.structure.loadAreas(loaders, plan.id);
  }

  @ResolveField(() => [Perspective])
  perspectives(@Parent() plan: Plan, @Loaders() loaders: LoaderRegistry): Promise<Perspective[]> {
    return this.structure.loadPerspectives(loaders, plan.id);
  }

  @ResolveField(() => [Group])
  groups(@Parent() plan: Plan, @Loaders() loaders: LoaderRegistry): Promise<Group[]> {
    return this.groupService.loadByPlan(loaders, plan.id);
  }
}

@Resolver(() => PlanAgency)
export class PlanAgenciesResolver {
  constructor(private readonly agencies: AgenciesService) {}

  @ResolveField(() => Agency)
  agency(@Parent() participation: PlanAgency, @Loaders() loaders: LoaderRegistry): Promise<Agency | null> {
    return this.agencies.load(loaders, participation.agencyId);
  }
}

@Resolver(() => Group)
export class GroupPlanResolver {
  constructor(private readonly plans: PlansService) {}

  @ResolveField(() => Plan)
  plan(@Parent() group: Group, @Loaders() loaders: LoaderRegistry): Promise<Plan | null> {
    return this.plans.load(loaders, group.planId);
  }
}
