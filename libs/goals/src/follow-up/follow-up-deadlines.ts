import { UserRole } from '@samverkan/auth';
import { DeadlineInput, DeadlineKind } from '@samverkan/reminders';
import { EntityManager } from 'typeorm';

/**
 * A goal's yearly follow-up deadlines, for the reminders: one per year of
 * the plan, due at the end of the year and owned by the agency's
 * representatives; closed (no due date) once the year is assessed, or for
 * years before the goal's first year.
 */
export function goalFollowUpDeadlines(tx: EntityManager, goalId: string): Promise<DeadlineInput[]> {
  return followUpDeadlinesWhere(tx, 'g.id', goalId);
}

/** The follow-up deadlines of every goal of a plan, for the periodic refresh. */
export function planGoalFollowUpDeadlines(tx: EntityManager, planId: string): Promise<DeadlineInput[]> {
  return followUpDeadlinesWhere(tx, 'g.plan_id', planId);
}

async function followUpDeadlinesWhere(tx: EntityManager, column: 'g.id' | 'g.plan_id', id: string): Promise<DeadlineInput[]> {
  const years: { goalId: string; planId: string; title: string; year: number; due: boolean; ownerIds: string[] }[] = await tx.query(
    `SELECT g.id AS "goalId", g.plan_id AS "planId", g.title, y.year,
            y.year >= coalesce(g.first_year, 0) AND a.id IS NULL AS due,
            ARRAY(SELECT u.id::text FROM users u WHERE u.agency_id = g.agency_id AND $2 = ANY (u.roles) ORDER BY u.id) AS "ownerIds"
       FROM goals g
       JOIN plans p ON p.id = g.plan_id
       CROSS JOIN LATERAL generate_series(extract(year FROM p.period_start)::int, extract(year FROM p.period_end)::int) AS y(year)
       LEFT JOIN goal_assessments a ON a.goal_id = g.id AND a.year = y.year
      WHERE ${column} = $1
      ORDER BY g.id, y.year`,
    [id, UserRole.AGENCY_REPRESENTATIVE],
  );
  return years.map((row) => ({
    kind: DeadlineKind.GOAL_FOLLOW_UP,
    subjectId: row.goalId,
    occurrence: String(row.year),
    planId: row.planId,
    groupId: null,
    title: `${row.title} (${row.year})`,
    dueDate: row.due ? `${row.year}-12-31` : null,
    ownerIds: row.ownerIds,
  }));
}
