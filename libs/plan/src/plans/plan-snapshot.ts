import { EntityManager } from 'typeorm';
import { PlanSnapshot, SnapshotDevelopmentArea, SnapshotItem, SnapshotPerspective } from './plan-snapshot.types';
import { Plan } from './plan.entity';

/** The plan's structure and every item as they stand inside the transaction. */
export async function takePlanSnapshot(tx: EntityManager, plan: Plan, takenAt: Date): Promise<PlanSnapshot> {
  const developmentAreas: SnapshotDevelopmentArea[] = await tx.query(
    `SELECT a.id, a.number, a.title,
            coalesce((SELECT array_agg(t.title ORDER BY t.position) FROM sub_topics t WHERE t.area_id = a.id), '{}') AS "subTopics"
       FROM development_areas a WHERE a.plan_id = $1 ORDER BY a.number`,
    [plan.id],
  );
  const perspectives: SnapshotPerspective[] = await tx.query('SELECT id, code, title FROM perspectives WHERE plan_id = $1 ORDER BY code', [plan.id]);
  const items: SnapshotItem[] = await tx.query(
    `SELECT id, title, parent_id AS "parentId", group_id AS "groupId", development_area_id AS "developmentAreaId", status, health, progress,
            to_char(due_date, 'YYYY-MM-DD') AS "dueDate", owner_id AS "ownerId", lead_agency_id AS "leadAgencyId"
       FROM action_items WHERE plan_id = $1 ORDER BY depth, created_at, id`,
    [plan.id],
  );
  return {
    takenAt,
    title: plan.title,
    mandate: plan.mandate,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    developmentAreas,
    perspectives,
    items,
  };
}

/** A snapshot read back from JSON, with its time a Date again. */
export function revivedSnapshot(stored: PlanSnapshot | null): PlanSnapshot | null {
  return stored && { ...stored, takenAt: new Date(stored.takenAt) };
}
