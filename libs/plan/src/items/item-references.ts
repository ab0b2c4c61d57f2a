import { InvalidInputException, assertReferenceExists } from '@samverkan/common';
import { GroupKind } from '@samverkan/auth';
import { EntityManager } from 'typeorm';
import { PlanException, PlanExceptionCode } from '../plan.exception';
import { MAX_ITEM_DEPTH } from './action-item.entity';

/** Checks of what an item's input refers to; each failure names the field. */

export type FieldPath = (name: string) => string;

export const inputField: FieldPath = (name) => `input.${name}`;

export function assertDateOrder(startDate: string | null | undefined, dueDate: string | null | undefined, field: string): void {
  if (startDate && dueDate && dueDate < startDate) {
    throw new PlanException(PlanExceptionCode.DATES_INVERTED, 'The due date must not be before the start date', field);
  }
}

/** The working group an item belongs to; its plan is the item's plan. */
export async function requireWorkingGroup(tx: EntityManager, groupId: string, field: string): Promise<{ planId: string }> {
  const [group]: { plan_id: string; kind: GroupKind }[] = await tx.query('SELECT plan_id, kind FROM groups WHERE id = $1', [groupId]);
  if (!group) throw new InvalidInputException(field, `${field} refers to nothing: ${groupId} does not exist`);
  if (group.kind !== GroupKind.WORKING) throw new PlanException(PlanExceptionCode.NOT_A_WORKING_GROUP, 'Action items belong to a working group', field);
  return { planId: group.plan_id };
}

/** A row of `table` (with a plan_id column) that exists and belongs to the plan. */
export async function requireInPlan(tx: EntityManager, table: 'development_areas' | 'perspectives', id: string, planId: string, field: string): Promise<void> {
  await requireAllInPlan(tx, table, [id], planId, field);
}

export async function requireAllInPlan(tx: EntityManager, table: 'development_areas' | 'perspectives', ids: string[], planId: string, field: string): Promise<void> {
  if (ids.length === 0) return;
  const rows: { id: string; plan_id: string }[] = await tx.query(`SELECT id, plan_id FROM ${table} WHERE id = ANY($1::uuid[])`, [ids]);
  const missing = ids.find((id) => !rows.some((row) => row.id === id));
  if (missing) throw new InvalidInputException(field, `${field} refers to nothing: ${missing} does not exist`);
  if (rows.some((row) => row.plan_id !== planId)) {
    throw new PlanException(PlanExceptionCode.NOT_IN_PLAN, `${field} must belong to the item's plan`, field);
  }
}

export async function requireAllExist(tx: EntityManager, table: 'agencies' | 'users' | 'action_items', ids: string[], field: string): Promise<void> {
  if (ids.length === 1) return assertReferenceExists(tx, table, ids[0]!, field);
  if (ids.length === 0) return;
  const rows: { id: string }[] = await tx.query(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[])`, [ids]);
  const missing = ids.find((id) => !rows.some((row) => row.id === id));
  if (missing) throw new InvalidInputException(field, `${field} refers to nothing: ${missing} does not exist`);
}

/** A parent needs to exist in the same group; a parent's sub-items are counted so lists stay bounded. */
export const MAX_SUB_ITEMS = 100;

export async function requireParent(tx: EntityManager, parentId: string, groupId: string, field: string): Promise<{ depth: number }> {
  const [parent]: { group_id: string; depth: number; children: number }[] = await tx.query(
    'SELECT group_id, depth, (SELECT count(*)::int FROM action_items c WHERE c.parent_id = p.id) AS children FROM action_items p WHERE id = $1',
    [parentId],
  );
  if (!parent) throw new InvalidInputException(field, `${field} refers to nothing: ${parentId} does not exist`);
  if (parent.group_id !== groupId) {
    throw new PlanException(PlanExceptionCode.PARENT_IN_OTHER_GROUP, 'A sub-item belongs to the same working group as its parent', field);
  }
  if (parent.children >= MAX_SUB_ITEMS) {
    throw new PlanException(PlanExceptionCode.TOO_MANY_SUB_ITEMS, `An item has at most ${MAX_SUB_ITEMS} sub-items`, field);
  }
  return { depth: parent.depth };
}

export function assertDepth(depth: number, field: string): void {
  if (depth > MAX_ITEM_DEPTH) {
    throw new PlanException(PlanExceptionCode.TOO_DEEP, `Items nest at most ${MAX_ITEM_DEPTH} levels deep; this would make level ${depth}`, field);
  }
}

/** An item's owner reports on it (check-ins are for the group's members), so the owner must belong to the item's group. */
/** A sub-topic must be one of the item's own development area. */
export async function requireSubTopicOfArea(tx: EntityManager, subTopicId: string, areaId: string, field: string): Promise<void> {
  const [topic]: { area_id: string }[] = await tx.query('SELECT area_id FROM sub_topics WHERE id = $1', [subTopicId]);
  if (!topic) throw new InvalidInputException(field, `${field} refers to nothing: ${subTopicId} does not exist`);
  if (topic.area_id !== areaId) {
    throw new PlanException(PlanExceptionCode.SUB_TOPIC_NOT_IN_AREA, `${field} must be a sub-topic of the item's development area`, field);
  }
}

export async function requireGroupMember(tx: EntityManager, groupId: string, userId: string, field: string): Promise<void> {
  const [membership] = await tx.query('SELECT 1 FROM memberships WHERE group_id = $1 AND user_id = $2', [groupId, userId]);
  if (!membership) throw new PlanException(PlanExceptionCode.OWNER_NOT_IN_GROUP, `${field} must be a member of the item's working group`, field);
}
