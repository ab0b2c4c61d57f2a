import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Action, Actor, PolicyService } from '@samverkan/auth';
import { Clock, EntityNotFoundException, InvalidInputException, swedishDate } from '@samverkan/common';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { ActionItem, ActionItemHealth, ActionItemStatus, CLOSED_STATUSES } from '../items/action-item.entity';
import { ActionItemSort } from '../items/action-items.args';
import { filteredItems } from '../items/action-items.query';
import { itemSql, staleCutoff } from '../items/item-signals';
import { Plan } from '../plans/plan.entity';
import { PlanOverviewCache } from './plan-overview.cache';
import { OverviewDimension, OverviewFigures, OverviewRow, PlanOverview, PlanOverviewArgs } from './plan-overview.types';

const DUE_SOON_DAYS = 30;
const OPEN_STATUSES = Object.values(ActionItemStatus).filter((status) => !CLOSED_STATUSES.includes(status));

/** Items whose start–due span touches the year ($2, null for every year). */
const YEAR_SCOPE = `($2::int IS NULL OR ((i.start_date IS NULL OR i.start_date <= make_date($2::int, 12, 31))
                                     AND (i.due_date IS NULL OR i.due_date >= make_date($2::int, 1, 1))))`;

/** The figures of one row of the aggregate, over the rows of `scoped`. */
const FIGURES = `count(*)::int AS items,
  count(*) FILTER (WHERE status = 'PLANNED')::int AS planned,
  count(*) FILTER (WHERE status = 'IN_PROGRESS')::int AS in_progress,
  count(*) FILTER (WHERE status = 'DONE')::int AS done,
  count(*) FILTER (WHERE status = 'BLOCKED')::int AS blocked,
  count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled,
  count(*) FILTER (WHERE open AND health = 'ON_TRACK')::int AS on_track,
  count(*) FILTER (WHERE open AND health = 'AT_RISK')::int AS at_risk,
  count(*) FILTER (WHERE open AND health = 'OFF_TRACK')::int AS off_track,
  coalesce(avg(progress) FILTER (WHERE status <> 'CANCELLED'), 0)::float8 AS average_progress,
  count(*) FILTER (WHERE overdue)::int AS overdue,
  count(*) FILTER (WHERE stale)::int AS stale`;

/**
 * Every aggregate of the overview in one statement: grouping sets for the
 * totals and the per-group, per-area and per-lead-agency rows, and a join for
 * the per-perspective rows (an item counts once per perspective).
 */
const AGGREGATES = `
  WITH scoped AS (
    SELECT i.id, i.group_id, i.development_area_id, i.lead_agency_id, i.status, i.health, i.progress,
           ${itemSql.open('i')} AS open, ${itemSql.overdue('i', '$3::date')} AS overdue, ${itemSql.stale('i', '$4::timestamptz')} AS stale
      FROM action_items i
     WHERE i.plan_id = $1 AND ${YEAR_SCOPE}
  ), figures AS (
    SELECT CASE WHEN GROUPING(group_id) = 0 THEN 'GROUP'
                WHEN GROUPING(development_area_id) = 0 THEN 'DEVELOPMENT_AREA'
                WHEN GROUPING(lead_agency_id) = 0 THEN 'LEAD_AGENCY'
                ELSE 'TOTAL' END AS dimension,
           coalesce(group_id, development_area_id, lead_agency_id) AS id,
           ${FIGURES}
      FROM scoped
     GROUP BY GROUPING SETS ((group_id), (development_area_id), (lead_agency_id), ())
    UNION ALL
    SELECT 'PERSPECTIVE', p.perspective_id, ${FIGURES}
      FROM scoped JOIN action_item_perspectives p ON p.item_id = scoped.id
     GROUP BY p.perspective_id
  )
  SELECT f.* FROM figures f
    LEFT JOIN groups g ON f.dimension = 'GROUP' AND g.id = f.id
    LEFT JOIN development_areas a ON f.dimension = 'DEVELOPMENT_AREA' AND a.id = f.id
    LEFT JOIN agencies ag ON f.dimension = 'LEAD_AGENCY' AND ag.id = f.id
    LEFT JOIN perspectives pe ON f.dimension = 'PERSPECTIVE' AND pe.id = f.id
   ORDER BY f.dimension, coalesce(g.number, a.number), coalesce(ag.code, pe.code), f.id`;

interface FigureRow {
  dimension: OverviewDimension | 'TOTAL';
  id: string | null;
  items: number;
  planned: number;
  in_progress: number;
  done: number;
  blocked: number;
  cancelled: number;
  on_track: number;
  at_risk: number;
  off_track: number;
  average_progress: number;
  overdue: number;
  stale: number;
}

function toFigures(row: FigureRow | undefined): OverviewFigures {
  const r = row ?? ({ items: 0, planned: 0, in_progress: 0, done: 0, blocked: 0, cancelled: 0, on_track: 0, at_risk: 0, off_track: 0, average_progress: 0, overdue: 0, stale: 0 } as FigureRow);
  const countable = r.items - r.cancelled;
  return {
    items: r.items,
    byStatus: { planned: r.planned, inProgress: r.in_progress, done: r.done, blocked: r.blocked, cancelled: r.cancelled },
    byHealth: { onTrack: r.on_track, atRisk: r.at_risk, offTrack: r.off_track },
    completion: countable > 0 ? r.done / countable : 0,
    averageProgress: Math.round(r.average_progress * 10) / 10,
    overdue: r.overdue,
    stale: r.stale,
  };
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

@Injectable()
export class PlanOverviewService {
  constructor(
    @InjectRepository(Plan) private readonly plans: Repository<Plan>,
    @InjectRepository(ActionItem) private readonly items: Repository<ActionItem>,
    private readonly policy: PolicyService,
    private readonly clock: Clock,
    private readonly cache: PlanOverviewCache,
  ) {}

  async overview(actor: Actor | null, args: PlanOverviewArgs): Promise<PlanOverview> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    const plan = await this.plans.findOne({
      where: { id: args.planId },
      select: { id: true, periodStart: true, periodEnd: true, staleAfterDays: true, contentVersion: true },
    });
    if (!plan) throw new EntityNotFoundException('Plan', args.planId, 'planId');
    const year = args.year ?? null;
    if (year !== null && (year < Number(plan.periodStart.slice(0, 4)) || year > Number(plan.periodEnd.slice(0, 4)))) {
      throw new InvalidInputException('year', `year must lie within the plan period ${plan.periodStart} – ${plan.periodEnd}`);
    }
    const now = this.clock.now();
    const today = swedishDate(now);
    const key = `${plan.id}:${year ?? 'all'}:${args.listSize}`;
    const cached = this.cache.get(key, plan.contentVersion, now, today);
    if (cached) return cached;
    const overview = await this.compute(plan, year, args.listSize, now, today);
    this.cache.set(key, plan.contentVersion, today, overview);
    return overview;
  }

  private async compute(plan: Plan, year: number | null, listSize: number, now: Date, today: string): Promise<PlanOverview> {
    const rows: FigureRow[] = await this.items.query(AGGREGATES, [plan.id, year, today, staleCutoff(now, plan.staleAfterDays)]);
    const rowsOf = (dimension: OverviewDimension): OverviewRow[] =>
      rows.filter((row) => row.dimension === dimension).map((row) => ({ ...toFigures(row), dimension, id: row.id! }));
    const scoped = (query: SelectQueryBuilder<ActionItem>): SelectQueryBuilder<ActionItem> =>
      query.andWhere(YEAR_SCOPE.replace(/\$2/g, ':year'), { year }).limit(listSize);
    const openItems = { planId: plan.id, status: OPEN_STATUSES, sort: ActionItemSort.DUE_DATE };
    const time = { today, now };
    const [oldestOpenRisks, dueSoon] = await Promise.all([
      scoped(filteredItems(this.items, { ...openItems, health: [ActionItemHealth.AT_RISK, ActionItemHealth.OFF_TRACK] }, time))
        .orderBy('i.health_since', 'ASC')
        .addOrderBy('i.id', 'ASC')
        .getMany(),
      scoped(filteredItems(this.items, { ...openItems, dueFrom: today, dueTo: addDays(today, DUE_SOON_DAYS) }, time))
        .orderBy('i.due_date', 'ASC')
        .addOrderBy('i.id', 'ASC')
        .getMany(),
    ]);
    return {
      planId: plan.id,
      year,
      computedAt: now,
      totals: toFigures(rows.find((row) => row.dimension === 'TOTAL')),
      byGroup: rowsOf(OverviewDimension.GROUP),
      byDevelopmentArea: rowsOf(OverviewDimension.DEVELOPMENT_AREA),
      byLeadAgency: rowsOf(OverviewDimension.LEAD_AGENCY),
      byPerspective: rowsOf(OverviewDimension.PERSPECTIVE),
      oldestOpenRisks,
      dueSoon,
    };
  }
}
