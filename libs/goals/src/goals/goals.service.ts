import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditedTransaction } from '@samverkan/audit';
import { Action, Actor, CallContext, PolicyService } from '@samverkan/auth';
import {
  Connection,
  EntityNotFoundException,
  InvalidInputException,
  LoaderRegistry,
  PageArgs,
  decodeCursor,
  encodeCursor,
  groupByKeys,
  orderByKeys,
  toConnection,
} from '@samverkan/common';
import { DevelopmentArea, Perspective, Plan, PlanAgency } from '@samverkan/plan';
import { ReminderScheduler } from '@samverkan/reminders';
import { EntityManager, In, Repository } from 'typeorm';
import { AssessmentOutcome } from '../assessments/goal-assessment.entity';
import { goalFollowUpDeadlines } from '../follow-up/follow-up-deadlines';
import { GoalsException, GoalsExceptionCode } from '../goals.exception';
import { assertYearInPlan } from '../plan-years';
import { GoalAccess } from './goal-access';
import { GoalPerspective } from './goal-perspective.entity';
import { Goal } from './goal.entity';
import { CreateGoalInput, UpdateGoalInput } from './goal.inputs';
import { GoalsArgs } from './goals.args';

/** Which goals a page lists; every condition is optional. */
export interface GoalFilter {
  planId?: string;
  agencyId?: string;
  /** Followed up in this year (the goal's first year is not later). */
  year?: number;
  perspectiveId?: string;
  /** Assessed so in `year`, or in any year without one. */
  assessment?: AssessmentOutcome;
  /** Followed up in this year and still lacking its assessment or a measurement of one of its indicators. */
  dueIn?: number;
}

/** A current (not superseded) measurement of indicator `i` in year `:dueIn`. */
const CURRENT_MEASUREMENT_IN_DUE_YEAR = `SELECT 1 FROM indicator_measurements m
   WHERE m.indicator_id = i.id AND m.year = :dueIn
     AND NOT EXISTS (SELECT 1 FROM indicator_measurements c WHERE c.supersedes_id = m.id)`;

@Injectable()
export class GoalsService {
  constructor(
    @InjectRepository(Goal) private readonly goals: Repository<Goal>,
    @InjectRepository(GoalPerspective) private readonly goalPerspectives: Repository<GoalPerspective>,
    @InjectRepository(Perspective) private readonly perspectives: Repository<Perspective>,
    @InjectRepository(DevelopmentArea) private readonly areas: Repository<DevelopmentArea>,
    private readonly policy: PolicyService,
    private readonly access: GoalAccess,
    private readonly audited: AuditedTransaction,
    private readonly reminders: ReminderScheduler,
  ) {}

  list(actor: Actor | null, args: GoalsArgs): Promise<Connection<Goal>> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    return this.page(args, args);
  }

  /** Goals by title, then id, so pages are stable while goals are added. */
  async page(filter: GoalFilter, page: PageArgs): Promise<Connection<Goal>> {
    const after = page.after === undefined ? null : decodeCursor(page.after, 2);
    if (page.after !== undefined && after === null) throw new InvalidInputException('after', 'after is not a valid cursor');
    const query = this.goals.createQueryBuilder('g').orderBy('g.title', 'ASC').addOrderBy('g.id', 'ASC');
    if (filter.planId) query.andWhere('g.plan_id = :planId', { planId: filter.planId });
    if (filter.agencyId) query.andWhere('g.agency_id = :agencyId', { agencyId: filter.agencyId });
    if (filter.year !== undefined) query.andWhere('(g.first_year IS NULL OR g.first_year <= :year)', { year: filter.year });
    if (filter.perspectiveId) {
      query.andWhere('EXISTS (SELECT 1 FROM goal_perspectives gp WHERE gp.goal_id = g.id AND gp.perspective_id = :perspectiveId)', {
        perspectiveId: filter.perspectiveId,
      });
    }
    if (filter.assessment) {
      const inYear = filter.year === undefined ? '' : 'AND a.year = :year';
      query.andWhere(`EXISTS (SELECT 1 FROM goal_assessments a WHERE a.goal_id = g.id AND a.outcome = :assessment ${inYear})`, {
        assessment: filter.assessment,
      });
    }
    if (filter.dueIn !== undefined) {
      query.andWhere(
        `(g.first_year IS NULL OR g.first_year <= :dueIn) AND (
           NOT EXISTS (SELECT 1 FROM goal_assessments a WHERE a.goal_id = g.id AND a.year = :dueIn)
           OR EXISTS (SELECT 1 FROM goal_indicators i WHERE i.goal_id = g.id AND NOT EXISTS (${CURRENT_MEASUREMENT_IN_DUE_YEAR})))`,
        { dueIn: filter.dueIn },
      );
    }
    const totalCount = await query.clone().getCount();
    if (after) query.andWhere('(g.title, g.id) > (:afterTitle, :afterId)', { afterTitle: after[0], afterId: after[1] });
    const rows = await query.take(page.first + 1).getMany();
    return toConnection(rows, page.first, totalCount, (g) => encodeCursor([g.title, g.id]));
  }

  async get(actor: Actor | null, id: string): Promise<Goal> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    const goal = await this.goals.findOneBy({ id });
    if (!goal) throw new EntityNotFoundException('Goal', id, 'id');
    return goal;
  }

  loadPerspectives(loaders: LoaderRegistry, goalId: string): Promise<Perspective[]> {
    return loaders
      .get<string, Perspective[]>('goal.perspectives', async (goalIds) => {
        const links = await this.goalPerspectives.findBy({ goalId: In([...goalIds]) });
        const perspectives = links.length === 0 ? [] : await this.perspectives.findBy({ id: In(links.map((l) => l.perspectiveId)) });
        const byId = new Map(perspectives.map((p) => [p.id, p]));
        return groupByKeys(goalIds, links, (l) => l.goalId).map((own) =>
          own.map((l) => byId.get(l.perspectiveId)!).sort((a, b) => a.code.localeCompare(b.code)),
        );
      })
      .load(goalId);
  }

  loadDevelopmentArea(loaders: LoaderRegistry, areaId: string): Promise<DevelopmentArea | null> {
    return loaders
      .get<string, DevelopmentArea | null>('goal.developmentArea', async (ids) =>
        orderByKeys(ids, await this.areas.findBy({ id: In([...ids]) }), (a) => a.id),
      )
      .load(areaId);
  }

  create(call: CallContext, input: CreateGoalInput): Promise<Goal> {
    this.access.assertRepresentative(call, input.agencyId);
    return this.audited.run(call, 'goal.create', async (tx) => {
      const plan = await tx.findOneBy(Plan, { id: input.planId });
      if (!plan) throw new InvalidInputException('input.planId', `input.planId refers to nothing: ${input.planId} does not exist`);
      if (!(await tx.existsBy(PlanAgency, { planId: plan.id, agencyId: input.agencyId }))) {
        throw new GoalsException(GoalsExceptionCode.AGENCY_NOT_IN_PLAN, 'The agency does not take part in this plan', 'input.agencyId');
      }
      const { perspectiveIds, ...fields } = input;
      const goal = tx.create(Goal, { ...fields, developmentAreaId: input.developmentAreaId ?? null, firstYear: input.firstYear ?? null });
      await assertGoalShape(tx, plan, goal, perspectiveIds);
      const saved = await tx.save(goal);
      await replacePerspectives(tx, saved.id, perspectiveIds);
      await this.reminders.sync(tx, await goalFollowUpDeadlines(tx, saved.id));
      return { result: saved, entityType: 'Goal', entityId: saved.id, before: null, after: { ...saved, perspectiveIds } };
    });
  }

  update(call: CallContext, input: UpdateGoalInput): Promise<Goal> {
    return this.audited.run(call, 'goal.update', async (tx) => {
      const { goal: before, plan } = await this.access.goal(tx, call, input.id, 'input.id', true);
      const perspectivesBefore = (await tx.findBy(GoalPerspective, { goalId: before.id })).map((p) => p.perspectiveId);
      const next = {
        ...before,
        title: input.title ?? before.title,
        statement: input.statement ?? before.statement,
        scope: input.scope ?? before.scope,
        developmentAreaId: input.developmentAreaId === undefined ? before.developmentAreaId : input.developmentAreaId,
        firstYear: input.firstYear === undefined ? before.firstYear : input.firstYear,
      };
      const perspectiveIds = input.perspectiveIds ?? perspectivesBefore;
      await assertGoalShape(tx, plan, next, perspectiveIds);
      const after = await tx.save(Goal, next);
      if (input.perspectiveIds) await replacePerspectives(tx, before.id, perspectiveIds);
      await this.reminders.sync(tx, await goalFollowUpDeadlines(tx, before.id));
      return {
        result: after,
        entityType: 'Goal',
        entityId: before.id,
        before: { ...before, perspectiveIds: perspectivesBefore },
        after: { ...after, perspectiveIds },
      };
    });
  }
}

/** The development area, perspectives and first year a goal names must belong to its plan. */
async function assertGoalShape(
  tx: EntityManager,
  plan: Plan,
  goal: Pick<Goal, 'developmentAreaId' | 'firstYear'>,
  perspectiveIds: string[],
): Promise<void> {
  if (goal.developmentAreaId && !(await tx.existsBy(DevelopmentArea, { id: goal.developmentAreaId, planId: plan.id }))) {
    throw new GoalsException(GoalsExceptionCode.NOT_IN_PLAN, 'input.developmentAreaId is not a development area of the plan', 'input.developmentAreaId');
  }
  if (perspectiveIds.length > 0) {
    const found = await tx.countBy(Perspective, { id: In(perspectiveIds), planId: plan.id });
    if (found !== perspectiveIds.length) {
      throw new GoalsException(GoalsExceptionCode.NOT_IN_PLAN, 'input.perspectiveIds names a perspective that is not in the plan', 'input.perspectiveIds');
    }
  }
  if (goal.firstYear !== null) assertYearInPlan(plan, goal.firstYear, 'input.firstYear');
}

async function replacePerspectives(tx: EntityManager, goalId: string, perspectiveIds: string[]): Promise<void> {
  await tx.delete(GoalPerspective, { goalId });
  if (perspectiveIds.length > 0) await tx.insert(GoalPerspective, perspectiveIds.map((perspectiveId) => ({ goalId, perspectiveId })));
}
