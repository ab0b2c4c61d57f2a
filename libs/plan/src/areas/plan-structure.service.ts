import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditedTransaction } from '@samverkan/audit';
import { Action, CallContext, PolicyService } from '@samverkan/auth';
import { EntityNotFoundException, LoaderRegistry, groupByKeys } from '@samverkan/common';
import { EntityManager, In, MoreThan, Repository } from 'typeorm';
import { Perspective } from '../perspectives/perspective.entity';
import { PlanException, PlanExceptionCode } from '../plan.exception';
import { Plan } from '../plans/plan.entity';
import { CreateDevelopmentAreaInput, CreatePerspectiveInput, UpdateDevelopmentAreaInput, UpdatePerspectiveInput } from '../plans/plan.inputs';
import { DevelopmentArea } from './development-area.entity';
import { SubTopic } from './sub-topic.entity';

/** The plan's shared development areas with their sub-topics, and its cross-cutting perspectives. */
@Injectable()
export class PlanStructureService {
  constructor(
    @InjectRepository(DevelopmentArea) private readonly areas: Repository<DevelopmentArea>,
    @InjectRepository(SubTopic) private readonly subTopics: Repository<SubTopic>,
    @InjectRepository(Perspective) private readonly perspectives: Repository<Perspective>,
    private readonly policy: PolicyService,
    private readonly audited: AuditedTransaction,
  ) {}

  loadAreas(loaders: LoaderRegistry, planId: string): Promise<DevelopmentArea[]> {
    return loaders
      .get<string, DevelopmentArea[]>('area.byPlan', async (planIds) =>
        groupByKeys(planIds, await this.areas.find({ where: { planId: In([...planIds]) }, order: { number: 'ASC' } }), (a) => a.planId),
      )
      .load(planId);
  }

  loadSubTopics(loaders: LoaderRegistry, areaId: string): Promise<SubTopic[]> {
    return loaders
      .get<string, SubTopic[]>('subTopic.byArea', async (areaIds) =>
        groupByKeys(areaIds, await this.subTopics.find({ where: { areaId: In([...areaIds]) }, order: { position: 'ASC' } }), (s) => s.areaId),
      )
      .load(areaId);
  }

  loadPerspectives(loaders: LoaderRegistry, planId: string): Promise<Perspective[]> {
    return loaders
      .get<string, Perspective[]>('perspective.byPlan', async (planIds) =>
        groupByKeys(planIds, await this.perspectives.find({ where: { planId: In([...planIds]) }, order: { code: 'ASC' } }), (p) => p.planId),
      )
      .load(planId);
  }

  createArea(call: CallContext, input: CreateDevelopmentAreaInput): Promise<DevelopmentArea> {
    this.policy.assert(call.actor, Action.MANAGE_PLAN);
    return this.audited.run(call, 'developmentArea.create', async (tx) => {
      await assertPlanExists(tx, input.planId);
      if (await tx.existsBy(DevelopmentArea, { planId: input.planId, number: input.number })) {
        throw new PlanException(PlanExceptionCode.NUMBER_TAKEN, `The plan already has development area ${input.number}`, 'input.number');
      }
      const area = await tx.save(tx.create(DevelopmentArea, { planId: input.planId, number: input.number, title: input.title }));
      await replaceSubTopics(tx, area.id, input.subTopics);
      return { result: area, entityType: 'DevelopmentArea', entityId: area.id, before: null, after: { ...area, subTopics: input.subTopics } };
    });
  }

  updateArea(call: CallContext, input: UpdateDevelopmentAreaInput): Promise<DevelopmentArea> {
    this.policy.assert(call.actor, Action.MANAGE_PLAN);
    return this.audited.run(call, 'developmentArea.update', async (tx) => {
      const before = await tx.findOne(DevelopmentArea, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new EntityNotFoundException('DevelopmentArea', input.id, 'input.id');
      const topicsBefore = (await tx.find(SubTopic, { where: { areaId: before.id }, order: { position: 'ASC' } })).map((t) => t.title);
      const after = await tx.save(DevelopmentArea, { ...before, title: input.title ?? before.title });
      if (input.subTopics) await replaceSubTopics(tx, before.id, input.subTopics);
      return {
        result: after,
        entityType: 'DevelopmentArea',
        entityId: before.id,
        before: { ...before, subTopics: topicsBefore },
        after: { ...after, subTopics: input.subTopics ?? topicsBefore },
      };
    });
  }

  createPerspective(call: CallContext, input: CreatePerspectiveInput): Promise<Perspective> {
    this.policy.assert(call.actor, Action.MANAGE_PLAN);
    return this.audited.run(call, 'perspective.create', async (tx) => {
      await assertPlanExists(tx, input.planId);
      if (await tx.existsBy(Perspective, { planId: input.planId, code: input.code })) {
        throw new PlanException(PlanExceptionCode.CODE_TAKEN, `The plan already has perspective ${input.code}`, 'input.code');
      }
      const perspective = await tx.save(tx.create(Perspective, input));
      return { result: perspective, entityType: 'Perspective', entityId: perspective.id, before: null, after: perspective };
    });
  }

  /** Title and description; the code stays, as reports and exports name the perspective by it. */
  updatePerspective(call: CallContext, input: UpdatePerspectiveInput): Promise<Perspective> {
    this.policy.assert(call.actor, Action.MANAGE_PLAN);
    return this.audited.run(call, 'perspective.update', async (tx) => {
      const before = await tx.findOne(Perspective, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new EntityNotFoundException('Perspective', input.id, 'input.id');
      const after = await tx.save(Perspective, { ...before, title: input.title ?? before.title, description: input.description ?? before.description });
      return { result: after, entityType: 'Perspective', entityId: before.id, before, after };
    });
  }
}

async function assertPlanExists(tx: EntityManager, planId: string): Promise<void> {
  if (!(await tx.existsBy(Plan, { id: planId }))) throw new EntityNotFoundException('Plan', planId, 'input.planId');
}

/**
 * The area's sub-topics become `titles`, position by position: a sub-topic
 * keeps its id (and the items that name it) when only its title changes; the
 * items of one dropped from the end no longer name a sub-topic.
 */
async function replaceSubTopics(tx: EntityManager, areaId: string, titles: string[]): Promise<void> {
  await tx.delete(SubTopic, { areaId, position: MoreThan(titles.length) });
  if (titles.length > 0) {
    await tx.upsert(SubTopic, titles.map((title, index) => ({ areaId, position: index + 1, title })), ['areaId', 'position']);
  }
}
