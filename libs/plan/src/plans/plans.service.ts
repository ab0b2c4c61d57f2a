import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditedTransaction } from '@samverkan/audit';
import { Action, Actor, CallContext, PolicyService } from '@samverkan/auth';
import { EntityNotFoundException, LoaderRegistry, assertReferenceExists, groupByKeys, orderByKeys } from '@samverkan/common';
import { EntityManager, In, Repository } from 'typeorm';
import { PlanException, PlanExceptionCode } from '../plan.exception';
import { PlanAgency } from './plan-agency.entity';
import { PlanAsOfRevision } from './plan-as-of-revision.type';
import { PlanRevision } from './plan-revision.entity';
import { revivedSnapshot, takePlanSnapshot } from './plan-snapshot';
import { Plan } from './plan.entity';
import { CreatePlanInput, PlanAgencyKeyInput, RevisePlanInput, SetPlanAgencyInput, UpdatePlanInput } from './plan.inputs';

/** A workspace holds a handful of plans; the list is bounded all the same. */
const MAX_PLANS_LISTED = 100;

function assertPeriod(periodStart: string, periodEnd: string): void {
  if (periodEnd < periodStart) {
    throw new PlanException(PlanExceptionCode.PERIOD_INVERTED, 'The period must not end before it starts', 'input.periodEnd');
  }
}

@Injectable()
export class PlansService {
  constructor(
    @InjectRepository(Plan) private readonly plans: Repository<Plan>,
    @InjectRepository(PlanRevision) private readonly revisions: Repository<PlanRevision>,
    @InjectRepository(PlanAgency) private readonly participations: Repository<PlanAgency>,
    private readonly policy: PolicyService,
    private readonly audited: AuditedTransaction,
  ) {}

  list(actor: Actor | null): Promise<Plan[]> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    return this.plans.find({ order: { periodStart: 'DESC', key: 'ASC' }, take: MAX_PLANS_LISTED });
  }

  async get(actor: Actor | null, id: string): Promise<Plan> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    const plan = await this.plans.findOneBy({ id });
    if (!plan) throw new EntityNotFoundException('Plan', id, 'id');
    return plan;
  }

  load(loaders: LoaderRegistry, id: string): Promise<Plan | null> {
    return loaders
      .get<string, Plan | null>('plan.byId', async (ids) =>
        orderByKeys(ids, await this.plans.findBy({ id: In([...ids]) }), (p) => p.id),
      )
      .load(id);
  }

  loadRevisions(loaders: LoaderRegistry, planId: string): Promise<PlanRevision[]> {
    return loaders
      .get<string, PlanRevision[]>('planRevision.byPlan', async (planIds) =>
        groupByKeys(planIds, await this.revisions.find({ where: { planId: In([...planIds]) }, order: { number: 'ASC' } }), (r) => r.planId),
      )
      .load(planId);
  }

  loadParticipations(loaders: LoaderRegistry, planId: string): Promise<PlanAgency[]> {
    return loaders
      .get<string, PlanAgency[]>('planAgency.byPlan', async (planIds) =>
        groupByKeys(planIds, await this.participations.findBy({ planId: In([...planIds]) }), (p) => p.planId),
      )
      .load(planId);
  }

  create(call: CallContext, input: CreatePlanInput): Promise<Plan> {
    this.policy.assert(call.actor, Action.MANAGE_PLAN);
    assertPeriod(input.periodStart, input.periodEnd);
    return this.audited.run(call, 'plan.create', async (tx) => {
      if (await tx.existsBy(Plan, { key: input.key })) {
        throw new PlanException(PlanExceptionCode.PLAN_KEY_TAKEN, `A plan with key ${input.key} exists`, 'input.key');
      }
      const plan = await tx.save(tx.create(Plan, input));
      return { result: plan, entityType: 'Plan', entityId: plan.id, before: null, after: plan };
    });
  }

  update(call: CallContext, input: UpdatePlanInput): Promise<Plan> {
    this.policy.assert(call.actor, Action.MANAGE_PLAN);
    return this.audited.run(call, 'plan.update', async (tx) => {
      const before = await tx.findOne(Plan, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new EntityNotFoundException('Plan', input.id, 'input.id');
      const { id, ...changes } = input;
      // Its items' stale flags may change, so cached reads of them must not be served again.
      const next = { ...before, ...changes, contentVersion: before.contentVersion + 1 };
      assertPeriod(next.periodStart, next.periodEnd);
      const after = await tx.save(Plan, next);
      return { result: after, entityType: 'Plan', entityId: id, before, after };
    });
  }

  /** Records a revision decided by the steering group; revisions are numbered 1, 2, 3 … per plan. */
  revise(call: CallContext, input: RevisePlanInput): Promise<PlanRevision> {
    this.policy.assert(call.actor, Action.REVISE_PLAN);
    return this.audited.run(call, 'plan.revise', async (tx) => {
      const plan = await tx.findOne(Plan, { where: { id: input.planId }, lock: { mode: 'pessimistic_write' } });
      if (!plan) throw new EntityNotFoundException('Plan', input.planId, 'input.planId');
      if (input.effectiveFrom < plan.periodStart || input.effectiveFrom > plan.periodEnd) {
        throw new PlanException(PlanExceptionCode.DATE_OUTSIDE_PERIOD, `effectiveFrom must lie within ${plan.periodStart} – ${plan.periodEnd}`, 'input.effectiveFrom');
      }
      const number = plan.currentRevision + 1;
      const snapshot = await takePlanSnapshot(tx, plan, new Date());
      const { snapshot: _kept, ...revision } = await tx.save(tx.create(PlanRevision, { ...input, number, decidedById: call.actor.userId, snapshot }));
      await tx.update(Plan, { id: plan.id }, { currentRevision: number });
      // The snapshot is kept with the revision; the audit row notes its size rather than repeating it.
      const after = { ...revision, snapshotItems: snapshot.items.length };
      return { result: { ...revision, snapshot: null }, entityType: 'Plan', entityId: plan.id, before: { currentRevision: plan.currentRevision }, after };
    });
  }

  /** A recorded revision and the plan as it stood when it was recorded. */
  async asOfRevision(actor: Actor | null, planId: string, number: number): Promise<PlanAsOfRevision> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    const revision = await this.revisions.findOneBy({ planId, number });
    if (!revision) throw new EntityNotFoundException('PlanRevision', `${planId}#${number}`, 'number');
    return { revision, snapshot: revivedSnapshot(revision.snapshot) };
  }

  setParticipation(call: CallContext, input: SetPlanAgencyInput): Promise<PlanAgency> {
    this.policy.assert(call.actor, Action.MANAGE_PLAN);
    return this.audited.run(call, 'plan.setAgency', async (tx) => {
      if (!(await tx.existsBy(Plan, { id: input.planId }))) throw new EntityNotFoundException('Plan', input.planId, 'input.planId');
      await assertReferenceExists(tx, 'agencies', input.agencyId, 'input.agencyId');
      const before = await tx.findOneBy(PlanAgency, { planId: input.planId, agencyId: input.agencyId });
      const after = await tx.save(PlanAgency, { ...input });
      return { result: after, entityType: 'PlanAgency', entityId: `${input.planId}:${input.agencyId}`, before, after };
    });
  }

  removeParticipation(call: CallContext, input: PlanAgencyKeyInput): Promise<PlanAgency> {
    this.policy.assert(call.actor, Action.MANAGE_PLAN);
    return this.audited.run(call, 'plan.removeAgency', async (tx) => {
      const participation = await tx.findOneBy(PlanAgency, { planId: input.planId, agencyId: input.agencyId });
      if (!participation) throw new EntityNotFoundException('PlanAgency', `${input.planId}:${input.agencyId}`, 'input.agencyId');
      const uses = await agencyUsesInPlan(tx, input.planId, input.agencyId);
      if (uses.length > 0) {
        throw new PlanException(PlanExceptionCode.AGENCY_IN_USE, `The agency cannot leave the plan while it has ${uses.join(', ')} in it`, 'input.agencyId');
      }
      await tx.delete(PlanAgency, { planId: input.planId, agencyId: input.agencyId });
      return { result: participation, entityType: 'PlanAgency', entityId: `${input.planId}:${input.agencyId}`, before: participation, after: null };
    });
  }
}

/**
 * What in the plan still names the agency: leaving would orphan items it leads or takes part in,
 * its own goals and reports, and the groups it coordinates.
 */
async function agencyUsesInPlan(tx: EntityManager, planId: string, agencyId: string): Promise<string[]> {
  const [row] = await tx.query(
    `SELECT
       EXISTS (SELECT 1 FROM action_items WHERE plan_id = $1 AND lead_agency_id = $2) AS "items it leads",
       EXISTS (SELECT 1 FROM action_item_agencies a JOIN action_items i ON i.id = a.item_id WHERE i.plan_id = $1 AND a.agency_id = $2) AS "items it takes part in",
       EXISTS (SELECT 1 FROM goals WHERE plan_id = $1 AND agency_id = $2) AS "goals",
       EXISTS (SELECT 1 FROM reports WHERE plan_id = $1 AND agency_id = $2) AS "reports",
       EXISTS (SELECT 1 FROM groups WHERE plan_id = $1 AND coordinating_agency_id = $2) AS "groups it coordinates"`,
    [planId, agencyId],
  );
  return Object.entries(row as Record<string, boolean>)
    .filter(([, used]) => used)
    .map(([use]) => use);
}

