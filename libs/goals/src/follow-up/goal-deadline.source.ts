import { Injectable, Module } from '@nestjs/common';
import { DeadlineInput, DeadlineSource, PlanDeadlineSource } from '@samverkan/reminders';
import { EntityManager } from 'typeorm';
import { planGoalFollowUpDeadlines } from './follow-up-deadlines';

/** Every goal's yearly follow-up, for the worker's deadline refresh (representatives change over time). */
@Injectable()
@DeadlineSource()
export class GoalDeadlineSource implements PlanDeadlineSource {
  deadlinesOfPlan(tx: EntityManager, planId: string): Promise<DeadlineInput[]> {
    return planGoalFollowUpDeadlines(tx, planId);
  }
}

/** The worker side of goals. */
@Module({ providers: [GoalDeadlineSource] })
export class GoalDeadlinesModule {}
