import { MembershipRole, UserRole } from '@samverkan/auth';
import { DEFAULT_TIME_ZONE, DeadlineInput, DeadlineKind, addDays } from '@samverkan/reminders';
import { EntityManager } from 'typeorm';
import { Report, ReportKind, ReportStatus } from '../reports/report.entity';
import { DEFAULT_DUE_MONTH_DAY, dueDateOf } from './report-schedule.entity';

/** How long the authors have to revise a report the steering group returned. */
export const REVISION_DAYS = 30;

interface ExpectedReportRow {
  kind: ReportKind;
  authorId: string;
  groupId: string | null;
  name: string;
  ownerIds: string[];
  year: number;
  reportId: string | null;
  submitted: boolean;
  /** The Swedish date the latest still-unanswered return happened, if any. */
  returnedOn: string | null;
}

/**
 * Every report deadline of a plan, for the reminders: the annual report each
 * working group and member agency owes for each year of the plan (closed
 * once a version is submitted), and the revision of each report the
 * steering group returned (due REVISION_DAYS later, closed when a revised
 * version is submitted). Owned by the group's coordinators or the agency's
 * representatives.
 */
export async function reportDeadlines(tx: EntityManager, planId: string): Promise<DeadlineInput[]> {
  return deadlinesOf(tx, planId, null);
}

/**
 * The deadlines of one report alone: its author's annual report for its year,
 * and its revision. What a change to that report syncs, so that concurrent
 * changes to different reports of a plan touch different rows (the plan-wide
 * set is the worker's deadline refresh).
 */
export function reportDeadlinesOf(tx: EntityManager, report: Pick<Report, 'planId' | 'year' | 'groupId' | 'agencyId'>): Promise<DeadlineInput[]> {
  return deadlinesOf(tx, report.planId, { authorId: (report.groupId ?? report.agencyId)!, year: report.year });
}

async function deadlinesOf(tx: EntityManager, planId: string, only: { authorId: string; year: number } | null): Promise<DeadlineInput[]> {
  const [schedule]: { due_month_day: string }[] = await tx.query(`SELECT due_month_day FROM report_schedules WHERE plan_id = $1`, [planId]);
  const rows: ExpectedReportRow[] = await tx.query(
    `WITH years AS (
       SELECT generate_series(extract(year FROM period_start)::int, extract(year FROM period_end)::int) AS year FROM plans WHERE id = $1
     ), authors AS (
       SELECT $2 AS kind, g.id AS author_id, g.id AS group_id, g.name,
              ARRAY(SELECT m.user_id::text FROM memberships m WHERE m.group_id = g.id AND m.role = $4 ORDER BY m.user_id) AS owners
         FROM groups g WHERE g.plan_id = $1 AND g.kind = 'WORKING'
       UNION ALL
       SELECT $3, a.id, NULL::uuid, a.name_sv,
              ARRAY(SELECT u.id::text FROM users u WHERE u.agency_id = a.id AND $5 = ANY (u.roles) ORDER BY u.id)
         FROM plan_agencies pa JOIN agencies a ON a.id = pa.agency_id WHERE pa.plan_id = $1 AND pa.role = 'MEMBER'
     )
     SELECT au.kind, au.author_id AS "authorId", au.group_id AS "groupId", au.name, au.owners AS "ownerIds", y.year,
            r.id AS "reportId", r.first_submitted_at IS NOT NULL AS submitted,
            (SELECT to_char(max(v.reviewed_at) AT TIME ZONE $6, 'YYYY-MM-DD')
               FROM report_versions v
              WHERE v.report_id = r.id AND v.status = $7
                AND NOT EXISTS (SELECT 1 FROM report_versions later WHERE later.report_id = r.id AND later.number > v.number AND later.submitted_at IS NOT NULL)
            ) AS "returnedOn"
       FROM authors au
       CROSS JOIN years y
       LEFT JOIN reports r ON r.plan_id = $1 AND r.year = y.year AND (r.group_id = au.author_id OR r.agency_id = au.author_id)
      WHERE ($8::uuid IS NULL OR au.author_id = $8) AND ($9::int IS NULL OR y.year = $9)
      ORDER BY y.year, au.kind DESC, au.name`,
    [planId, ReportKind.WORKING_GROUP, ReportKind.AGENCY_FOLLOW_UP, MembershipRole.COORDINATOR, UserRole.AGENCY_REPRESENTATIVE, DEFAULT_TIME_ZONE, ReportStatus.RETURNED, only?.authorId ?? null, only?.year ?? null],
  );
  const dueMonthDay = schedule?.due_month_day ?? DEFAULT_DUE_MONTH_DAY;
  return rows.flatMap((row) => {
    const what = `${row.kind === ReportKind.WORKING_GROUP ? 'Annual report' : 'Goal follow-up report'} ${row.year}: ${row.name}`;
    const common = { planId, groupId: row.groupId, ownerIds: row.ownerIds };
    const annual: DeadlineInput = {
      ...common,
      kind: DeadlineKind.ANNUAL_REPORT,
      subjectId: row.authorId,
      occurrence: String(row.year),
      title: what,
      dueDate: row.submitted ? null : dueDateOf(row.year, dueMonthDay),
    };
    if (!row.reportId) return [annual];
    const revision: DeadlineInput = {
      ...common,
      kind: DeadlineKind.REPORT_REVISION,
      subjectId: row.reportId,
      title: `Revision of the ${what.charAt(0).toLowerCase()}${what.slice(1)}`,
      dueDate: row.returnedOn ? addDays(row.returnedOn, REVISION_DAYS) : null,
    };
    return [annual, revision];
  });
}
