import { Injectable } from '@nestjs/common';
import { Action, CallContext, PolicyService } from '@samverkan/auth';
import { EntityNotFoundException } from '@samverkan/common';
import { Plan } from '@samverkan/plan';
import { EntityManager } from 'typeorm';
import { Indicator } from '../indicators/indicator.entity';
import { Goal } from './goal.entity';

export interface GoalInPlan {
  goal: Goal;
  plan: Plan;
}

/**
 * Finds the goal (or indicator) a mutation acts on and checks that the caller
 * represents the agency owning it, before the mutation writes anything.
 * Administrators do not manage goals: a goal is the agency's own commitment.
 */
@Injectable()
export class GoalAccess {
  constructor(private readonly policy: PolicyService) {}

  /** Callers who represent no agency (the observer, group members) are turned away before anything is looked up. */
  assertRepresentative(call: CallContext, agencyId = call.actor.agencyId): void {
    this.policy.assert(call.actor, Action.MANAGE_AGENCY_DATA, { agencyId });
  }

  async goal(tx: EntityManager, call: CallContext, goalId: string, field: string, lock = false): Promise<GoalInPlan> {
    this.assertRepresentative(call);
    const goal = await tx.findOne(Goal, { where: { id: goalId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!goal) throw new EntityNotFoundException('Goal', goalId, field);
    this.assertRepresentative(call, goal.agencyId);
    return { goal, plan: await tx.findOneByOrFail(Plan, { id: goal.planId }) };
  }

  async indicator(tx: EntityManager, call: CallContext, indicatorId: string, field: string, lock = false): Promise<GoalInPlan & { indicator: Indicator }> {
    this.assertRepresentative(call);
    const indicator = await tx.findOne(Indicator, { where: { id: indicatorId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!indicator) throw new EntityNotFoundException('Indicator', indicatorId, field);
    return { indicator, ...(await this.goal(tx, call, indicator.goalId, field)) };
  }
}
