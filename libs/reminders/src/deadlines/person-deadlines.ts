import { EntityManager } from 'typeorm';
import { ReminderState } from '../scheduling/reminder.entity';
import { DeadlineKind } from './deadline-kind';

export interface PersonDeadline {
  id: string;
  kind: DeadlineKind;
  subjectId: string;
  occurrence: string;
  planId: string;
  title: string;
  dueDate: string;
  updatedAt: Date;
}

export interface PersonDeadlineScope {
  /** Only this plan's; every plan's when absent. */
  planId?: string;
  /** Due on or after, YYYY-MM-DD. */
  from?: string;
  /** Due on or before, YYYY-MM-DD. */
  to?: string;
  limit: number;
}

/** The open deadlines a person owns or is reminded of (as coordinator or steering member), nearest first. */
export function personDeadlines(manager: EntityManager, userId: string, scope: PersonDeadlineScope): Promise<PersonDeadline[]> {
  return manager.query(
    `SELECT d.id, d.kind, d.subject_id AS "subjectId", d.occurrence, d.plan_id AS "planId", d.title,
            d.due_date::text AS "dueDate", d.updated_at AS "updatedAt"
       FROM deadlines d
      WHERE d.closed_at IS NULL
        AND ($1::uuid = ANY (d.owner_ids)
             OR d.id IN (SELECT r.deadline_id FROM reminders r WHERE r.recipient_id = $1 AND r.state <> $2))
        AND ($3::uuid IS NULL OR d.plan_id = $3)
        AND ($4::date IS NULL OR d.due_date >= $4)
        AND ($5::date IS NULL OR d.due_date <= $5)
      ORDER BY d.due_date, d.id
      LIMIT $6`,
    [userId, ReminderState.CANCELLED, scope.planId ?? null, scope.from ?? null, scope.to ?? null, scope.limit],
  );
}
