import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditedTransaction } from '@samverkan/audit';
import { CallContext } from '@samverkan/auth';
import { LoaderRegistry, groupByKeys } from '@samverkan/common';
import { ReminderScheduler } from '@samverkan/reminders';
import { In, Repository } from 'typeorm';
import { goalFollowUpDeadlines } from '../follow-up/follow-up-deadlines';
import { GoalAccess } from '../goals/goal-access';
import { GoalsException, GoalsExceptionCode } from '../goals.exception';
import { assertYearInPlan } from '../plan-years';
import { AssessGoalInput } from './assessment.inputs';
import { AssessmentOutcome, GoalAssessment } from './goal-assessment.entity';

@Injectable()
export class AssessmentsService {
  constructor(
    @InjectRepository(GoalAssessment) private readonly assessments: Repository<GoalAssessment>,
    private readonly access: GoalAccess,
    private readonly audited: AuditedTransaction,
    private readonly reminders: ReminderScheduler,
  ) {}

  loadByGoal(loaders: LoaderRegistry, goalId: string): Promise<GoalAssessment[]> {
    return loaders
      .get<string, GoalAssessment[]>('assessment.byGoal', async (goalIds) =>
        groupByKeys(goalIds, await this.assessments.find({ where: { goalId: In([...goalIds]) }, order: { year: 'ASC' } }), (a) => a.goalId),
      )
      .load(goalId);
  }

  async loadForYear(loaders: LoaderRegistry, goalId: string, year: number): Promise<GoalAssessment | null> {
    return (await this.loadByGoal(loaders, goalId)).find((a) => a.year === year) ?? null;
  }

  /** One assessment per goal and year: assessing the year again replaces it (the audit trail keeps the earlier one). */
  assess(call: CallContext, input: AssessGoalInput): Promise<GoalAssessment> {
    return this.audited.run(call, 'goal.assess', async (tx) => {
      const { goal, plan } = await this.access.goal(tx, call, input.goalId, 'input.goalId', true);
      assertYearInPlan(plan, input.year, 'input.year');
      if (goal.firstYear !== null && input.year < goal.firstYear) {
        throw new GoalsException(GoalsExceptionCode.YEAR_BEFORE_GOAL, `The goal is followed up from ${goal.firstYear}`, 'input.year');
      }
      const justification = input.justification.trim();
      if (input.outcome === AssessmentOutcome.NOT_ASSESSABLE && justification === '') {
        throw new GoalsException(GoalsExceptionCode.JUSTIFICATION_REQUIRED, 'Say why the goal cannot be assessed', 'input.justification');
      }
      const before = await tx.findOneBy(GoalAssessment, { goalId: goal.id, year: input.year });
      const after = await tx.save(GoalAssessment, {
        ...(before ?? {}),
        goalId: goal.id,
        year: input.year,
        outcome: input.outcome,
        justification,
        assessedById: call.actor.userId,
      });
      await this.reminders.sync(tx, await goalFollowUpDeadlines(tx, goal.id));
      return { result: after, entityType: 'GoalAssessment', entityId: after.id, before, after };
    });
  }
}
