import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditEntry, AuditedTransaction } from '@samverkan/audit';
import { Action, Actor, CallContext, PolicyService } from '@samverkan/auth';
import { Clock, Connection, EntityNotFoundException, LoaderRegistry, PageArgs, groupByKeys, orderByKeys } from '@samverkan/common';
import { ReminderScheduler } from '@samverkan/reminders';
import { EntityManager, In, Repository } from 'typeorm';
import { DevelopmentArea } from '../areas/development-area.entity';
import { SubTopic } from '../areas/sub-topic.entity';
import { Perspective } from '../perspectives/perspective.entity';
import { PlanException, PlanExceptionCode } from '../plan.exception';
import { claimPlanContent } from '../plans/plan-content-version';
import { assertWithinPlanPeriod } from '../plans/plan-period';
import { ActionItemAgency } from './action-item-agency.entity';
import { ActionItemPerspective } from './action-item-perspective.entity';
import { ActionItem, ActionItemStatus } from './action-item.entity';
import { ActionItemFieldsInput, CreateActionItemInput, UpdateActionItemInput } from './action-item.inputs';
import { ActionItemsArgs } from './action-items.args';
import { ItemQueryTime, findItemPage } from './action-items.query';
import {
  FieldPath,
  assertDateOrder,
  assertDepth,
  inputField,
  requireAllExist,
  requireAllInPlan,
  requireGroupMember,
  requireInPlan,
  requireParent,
  requireSubTopicOfArea,
  requireWorkingGroup,
} from './item-references';
import { itemDeadline } from './item-deadline';
import { rollUpProgress, subtreeOf } from './item-tree';
import { NewestFirstList, loadNewestFirstPage } from './newest-first-page';

/** Every mutation on an item (check-ins and comments included) records its audit row against the item. */
const HISTORY: NewestFirstList = {
  table: 'audit_log',
  parentColumn: 'entity_id',
  parentType: 'text',
  idType: 'bigint',
  timeColumn: 'occurred_at',
  condition: "r.entity_type = 'ActionItem'",
};

/** An item with its lists, as the audit log records it. */
export type AuditedItem = ActionItem & { participatingAgencyIds: string[]; perspectiveIds: string[] };

@Injectable()
export class ActionItemsService {
  constructor(
    @InjectRepository(ActionItem) private readonly items: Repository<ActionItem>,
    @InjectRepository(Perspective) private readonly perspectives: Repository<Perspective>,
    @InjectRepository(DevelopmentArea) private readonly areas: Repository<DevelopmentArea>,
    @InjectRepository(SubTopic) private readonly subTopics: Repository<SubTopic>,
    @InjectRepository(AuditEntry) private readonly auditEntries: Repository<AuditEntry>,
    private readonly policy: PolicyService,
    private readonly audited: AuditedTransaction,
    private readonly clock: Clock,
    private readonly reminders: ReminderScheduler,
  ) {}

  private queryTime(): ItemQueryTime {
    return { today: this.clock.today(), now: this.clock.now() };
  }

  list(actor: Actor | null, args: ActionItemsArgs): Promise<Connection<ActionItem>> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    return findItemPage(this.items, args, args, this.queryTime());
  }

  async get(actor: Actor | null, id: string): Promise<ActionItem> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    const item = await this.items.findOneBy({ id });
    if (!item) throw new EntityNotFoundException('ActionItem', id, 'id');
    return item;
  }

  load(loaders: LoaderRegistry, id: string): Promise<ActionItem | null> {
    return loaders
      .get<string, ActionItem | null>('actionItem.byId', async (ids) => orderByKeys(ids, await this.items.findBy({ id: In([...ids]) }), (i) => i.id))
      .load(id);
  }

  loadSubItems(loaders: LoaderRegistry, parentId: string): Promise<ActionItem[]> {
    return loaders
      .get<string, ActionItem[]>('actionItem.byParent', async (parentIds) =>
        groupByKeys(
          parentIds,
          await this.items.find({ where: { parentId: In([...parentIds]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
          (i) => i.parentId!,
        ),
      )
      .load(parentId);
  }

  loadParticipatingAgencyIds(loaders: LoaderRegistry, itemId: string): Promise<string[]> {
    return loaders.get<string, string[]>('actionItem.agencyIds', (itemIds) => this.relatedIds('action_item_agencies', 'agency_id', itemIds)).load(itemId);
  }

  async loadPerspectives(loaders: LoaderRegistry, itemId: string): Promise<Perspective[]> {
    const ids = await loaders
      .get<string, string[]>('actionItem.perspectiveIds', (itemIds) => this.relatedIds('action_item_perspectives', 'perspective_id', itemIds))
      .load(itemId);
    const found = await Promise.all(ids.map((id) => this.loadPerspective(loaders, id)));
    return found.filter((p): p is Perspective => p !== null);
  }

  /** The ids a join table relates each item to, as plain rows: on a page of items these are hundreds of pairs. */
  private async relatedIds(table: 'action_item_agencies' | 'action_item_perspectives', column: string, itemIds: readonly string[]): Promise<string[][]> {
    const rows: { item_id: string; related: string }[] = await this.items.query(
      `SELECT item_id, ${column} AS related FROM ${table} WHERE item_id = ANY($1::uuid[]) ORDER BY item_id, ${column}`,
      [itemIds],
    );
    return groupByKeys(itemIds, rows, (row) => row.item_id).map((group) => group.map((row) => row.related));
  }

  loadPerspective(loaders: LoaderRegistry, id: string): Promise<Perspective | null> {
    return loaders
      .get<string, Perspective | null>('perspective.byId', async (ids) => orderByKeys(ids, await this.perspectives.findBy({ id: In([...ids]) }), (p) => p.id))
      .load(id);
  }

  loadDevelopmentArea(loaders: LoaderRegistry, id: string): Promise<DevelopmentArea | null> {
    return loaders
      .get<string, DevelopmentArea | null>('developmentArea.byId', async (ids) =>
        orderByKeys(ids, await this.areas.findBy({ id: In([...ids]) }), (a) => a.id),
      )
      .load(id);
  }

  loadSubTopic(loaders: LoaderRegistry, id: string): Promise<SubTopic | null> {
    return loaders
      .get<string, SubTopic | null>('subTopic.byId', async (ids) => orderByKeys(ids, await this.subTopics.findBy({ id: In([...ids]) }), (t) => t.id))
      .load(id);
  }

  /** An item's audit rows, for those the policy lets read them. */
  loadHistory(actor: Actor | null, loaders: LoaderRegistry, item: Pick<ActionItem, 'id' | 'groupId'>, page: PageArgs): Promise<Connection<AuditEntry>> {
    this.policy.assert(actor, Action.READ_ITEM_HISTORY, { groupId: item.groupId });
    return loadNewestFirstPage(loaders, HISTORY, this.auditEntries, item.id, page);
  }

  /** The coordinator of the owning working group creates its items. */
  create(call: CallContext, input: CreateActionItemInput): Promise<ActionItem> {
    this.policy.assert(call.actor, Action.MANAGE_GROUP_WORK, { groupId: input.groupId });
    return this.audited.run(call, 'actionItem.create', async (tx) => {
      const item = await this.insert(tx, input, { status: input.status, progress: input.progress }, inputField);
      return { result: item, entityType: 'ActionItem', entityId: item.id, before: null, after: item };
    });
  }

  /**
   * Writes a new item inside the caller's transaction, checking everything it
   * refers to; `field` places the input in the caller's argument (a meeting
   * decision's follow-up is `input.decisions.0.followUp`).
   */
  async insert(tx: EntityManager, fields: ActionItemFieldsInput, state: { status: ActionItemStatus; progress: number }, field: FieldPath): Promise<AuditedItem> {
    assertDateOrder(fields.startDate, fields.dueDate, field('dueDate'));
    const { planId } = await requireWorkingGroup(tx, fields.groupId, field('groupId'));
    await claimPlanContent(tx, planId);
    await assertWithinPlanPeriod(tx, planId, { [field('startDate')]: fields.startDate, [field('dueDate')]: fields.dueDate });
    await requireInPlan(tx, 'development_areas', fields.developmentAreaId, planId, field('developmentAreaId'));
    if (fields.subTopicId) await requireSubTopicOfArea(tx, fields.subTopicId, fields.developmentAreaId, field('subTopicId'));
    let depth = 1;
    if (fields.parentId) {
      depth = (await requireParent(tx, fields.parentId, fields.groupId, field('parentId'))).depth + 1;
      assertDepth(depth, field('parentId'));
    }
    const participatingAgencyIds = fields.participatingAgencyIds.filter((id) => id !== fields.leadAgencyId);
    await requireAllExist(tx, 'agencies', [fields.leadAgencyId], field('leadAgencyId'));
    await requireAllExist(tx, 'agencies', participatingAgencyIds, field('participatingAgencyIds'));
    await requireAllExist(tx, 'users', [fields.ownerId], field('ownerId'));
    await requireGroupMember(tx, fields.groupId, fields.ownerId, field('ownerId'));
    await requireAllInPlan(tx, 'perspectives', fields.perspectiveIds, planId, field('perspectiveIds'));
    const item = await tx.save(
      tx.create(ActionItem, {
        planId,
        parentId: fields.parentId ?? null,
        depth,
        groupId: fields.groupId,
        developmentAreaId: fields.developmentAreaId,
        subTopicId: fields.subTopicId ?? null,
        leadAgencyId: fields.leadAgencyId,
        ownerId: fields.ownerId,
        title: fields.title,
        description: fields.description,
        startDate: fields.startDate ?? null,
        dueDate: fields.dueDate ?? null,
        status: state.status,
        health: fields.health,
        healthSince: this.clock.now(),
        progress: state.progress,
        weight: fields.weight ?? null,
        links: fields.links.map(({ title, url }) => ({ title, url })),
        lastCheckInAt: null,
      }),
    );
    await replaceRelated(tx, item.id, participatingAgencyIds, fields.perspectiveIds);
    await rollUpProgress(tx, item.parentId);
    await this.reminders.sync(tx, itemDeadline(item));
    return { ...item, participatingAgencyIds, perspectiveIds: fields.perspectiveIds };
  }

  /** The coordinator edits, closes (DONE, CANCELLED) and reopens the group's items. */
  update(call: CallContext, input: UpdateActionItemInput): Promise<ActionItem> {
    return this.audited.run(call, 'actionItem.update', async (tx) => {
      const found = await tx.findOneBy(ActionItem, { id: input.id });
      if (!found) throw new EntityNotFoundException('ActionItem', input.id, 'input.id');
      this.policy.assert(call.actor, Action.MANAGE_GROUP_WORK, { groupId: found.groupId });
      await claimPlanContent(tx, found.planId);
      const before = await this.readForAudit(tx, input.id);
      const after = await this.applyUpdate(tx, before, input);
      return { result: after, entityType: 'ActionItem', entityId: after.id, before, after: await this.readForAudit(tx, after.id) };
    });
  }

  private async applyUpdate(tx: EntityManager, before: AuditedItem, input: UpdateActionItemInput): Promise<ActionItem> {
    const { participatingAgencyIds: _agencies, perspectiveIds: _perspectives, ...item } = before;
    if (input.progress !== undefined && (await tx.existsBy(ActionItem, { parentId: item.id }))) {
      throw new PlanException(PlanExceptionCode.PROGRESS_IS_ROLLED_UP, "An item with sub-items takes its progress from them; it is not set by hand", 'input.progress');
    }
    const startDate = input.startDate !== undefined ? input.startDate : item.startDate;
    const dueDate = input.dueDate !== undefined ? input.dueDate : item.dueDate;
    assertDateOrder(startDate, dueDate, input.dueDate !== undefined ? 'input.dueDate' : 'input.startDate');
    await assertWithinPlanPeriod(tx, item.planId, { 'input.startDate': input.startDate, 'input.dueDate': input.dueDate });
    if (input.developmentAreaId) await requireInPlan(tx, 'development_areas', input.developmentAreaId, item.planId, 'input.developmentAreaId');
    const developmentAreaId = input.developmentAreaId ?? item.developmentAreaId;
    const subTopicId = input.subTopicId !== undefined ? input.subTopicId : item.subTopicId;
    // Also when only the area changes: the sub-topic kept must be one of the new area's.
    if (subTopicId) await requireSubTopicOfArea(tx, subTopicId, developmentAreaId, input.subTopicId !== undefined ? 'input.subTopicId' : 'input.developmentAreaId');
    if (input.leadAgencyId) await requireAllExist(tx, 'agencies', [input.leadAgencyId], 'input.leadAgencyId');
    if (input.participatingAgencyIds) await requireAllExist(tx, 'agencies', input.participatingAgencyIds, 'input.participatingAgencyIds');
    if (input.ownerId) {
      await requireAllExist(tx, 'users', [input.ownerId], 'input.ownerId');
      await requireGroupMember(tx, item.groupId, input.ownerId, 'input.ownerId');
    }
    if (input.perspectiveIds) await requireAllInPlan(tx, 'perspectives', input.perspectiveIds, item.planId, 'input.perspectiveIds');
    const moved = input.parentId !== undefined && input.parentId !== item.parentId;
    const depth = moved ? await this.moveSubtree(tx, item, input.parentId ?? null) : item.depth;
    const health = input.health ?? item.health;
    const saved = await tx.save(ActionItem, {
      ...item,
      title: input.title ?? item.title,
      description: input.description ?? item.description,
      developmentAreaId,
      subTopicId,
      parentId: moved ? (input.parentId ?? null) : item.parentId,
      depth,
      leadAgencyId: input.leadAgencyId ?? item.leadAgencyId,
      ownerId: input.ownerId ?? item.ownerId,
      startDate,
      dueDate,
      status: input.status ?? item.status,
      health,
      healthSince: health === item.health ? item.healthSince : this.clock.now(),
      progress: input.progress ?? item.progress,
      weight: input.weight !== undefined ? input.weight : item.weight,
      links: input.links ? input.links.map(({ title, url }) => ({ title, url })) : item.links,
    });
    const leadAgencyId = saved.leadAgencyId;
    const agencies = (input.participatingAgencyIds ?? before.participatingAgencyIds).filter((id) => id !== leadAgencyId);
    await replaceRelated(tx, item.id, agencies, input.perspectiveIds ?? before.perspectiveIds);
    await rollUpProgress(tx, item.parentId);
    if (moved) await rollUpProgress(tx, saved.parentId);
    await this.reminders.sync(tx, itemDeadline(saved));
    return saved;
  }

  /** Checks the new place in the tree and moves the item's whole subtree there; returns the item's new depth. */
  private async moveSubtree(tx: EntityManager, item: ActionItem, parentId: string | null): Promise<number> {
    const subtree = await subtreeOf(tx, item.id);
    if (parentId && subtree.some((node) => node.id === parentId)) {
      throw new PlanException(PlanExceptionCode.PARENT_CYCLE, 'An item cannot be placed under itself or one of its own sub-items', 'input.parentId');
    }
    const depth = parentId ? (await requireParent(tx, parentId, item.groupId, 'input.parentId')).depth + 1 : 1;
    const deepest = Math.max(...subtree.map((node) => node.depth));
    assertDepth(depth + deepest - item.depth, 'input.parentId');
    await tx.query('UPDATE action_items SET depth = depth + $2 WHERE id = ANY($1::uuid[])', [subtree.map((node) => node.id), depth - item.depth]);
    return depth;
  }

  /** The item with its lists, read inside the transaction. */
  async readForAudit(tx: EntityManager, id: string): Promise<AuditedItem> {
    const item = await tx.findOneByOrFail(ActionItem, { id });
    const agencies = await tx.find(ActionItemAgency, { where: { itemId: id }, order: { agencyId: 'ASC' } });
    const perspectives = await tx.find(ActionItemPerspective, { where: { itemId: id }, order: { perspectiveId: 'ASC' } });
    return { ...item, participatingAgencyIds: agencies.map((a) => a.agencyId), perspectiveIds: perspectives.map((p) => p.perspectiveId) };
  }
}

async function replaceRelated(tx: EntityManager, itemId: string, agencyIds: string[], perspectiveIds: string[]): Promise<void> {
  await tx.delete(ActionItemAgency, { itemId });
  await tx.delete(ActionItemPerspective, { itemId });
  if (agencyIds.length > 0) await tx.insert(ActionItemAgency, agencyIds.map((agencyId) => ({ itemId, agencyId })));
  if (perspectiveIds.length > 0) await tx.insert(ActionItemPerspective, perspectiveIds.map((perspectiveId) => ({ itemId, perspectiveId })));
}
