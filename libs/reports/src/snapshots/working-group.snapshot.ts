import { ActionItemHealth, ActionItemStatus } from '@samverkan/plan';
import { EntityManager } from 'typeorm';
import { ReportLabels, formatDate, formatNumber } from '../content/report-labels';
import { PdfBlock } from './pdf-block';

export interface ItemSnapshot {
  id: string;
  parentId: string | null;
  depth: number;
  title: string;
  developmentArea: number;
  leadAgency: string;
  status: string;
  health: string;
  progress: number;
  startDate: string | null;
  dueDate: string | null;
}

/** The working group's action items as they stood at submission. */
export interface WorkingGroupSnapshot {
  items: ItemSnapshot[];
}

/** One query: every item the group owns, with its area number and lead agency code. */
export async function buildWorkingGroupSnapshot(tx: EntityManager, planId: string, groupId: string): Promise<WorkingGroupSnapshot> {
  const items: ItemSnapshot[] = await tx.query(
    `SELECT i.id, i.parent_id AS "parentId", i.depth, i.title, a.number AS "developmentArea", ag.code AS "leadAgency",
            i.status, i.health, i.progress, i.start_date::text AS "startDate", i.due_date::text AS "dueDate"
       FROM action_items i
       JOIN development_areas a ON a.id = i.development_area_id
       JOIN agencies ag ON ag.id = i.lead_agency_id
      WHERE i.plan_id = $1 AND i.group_id = $2
      ORDER BY a.number, i.depth, i.title, i.id`,
    [planId, groupId],
  );
  return { items };
}

export function describeWorkingGroupSnapshot(snapshot: WorkingGroupSnapshot, labels: ReportLabels): PdfBlock[] {
  const [title, area, lead, status, health, progress, due] = labels.itemColumns;
  return [
    {
      heading: labels.items,
      paragraphs: snapshot.items.length === 0 ? [labels.noItems] : [],
      table:
        snapshot.items.length === 0
          ? null
          : {
              columns: [
                { header: title, width: '*' },
                { header: area, width: 42 },
                { header: lead, width: 52 },
                { header: status, width: 62 },
                { header: health, width: 58 },
                { header: progress, width: 50 },
                { header: due, width: 66 },
              ],
              rows: snapshot.items.map((item) => [
                // A sub-item is marked as such under its parent, as in the plan.
                `${'– '.repeat(item.depth - 1)}${item.title}`,
                String(item.developmentArea),
                item.leadAgency,
                labels.status[item.status as ActionItemStatus] ?? item.status,
                labels.health[item.health as ActionItemHealth] ?? item.health,
                `${formatNumber(item.progress, labels)} %`,
                item.dueDate ? formatDate(item.dueDate, labels) : '–',
              ]),
            },
    },
  ];
}
