import { Injectable } from '@nestjs/common';
import { preferencesOf } from '@samverkan/notifications';
import { OutboxService } from '@samverkan/queue';
import { EntityManager, In } from 'typeorm';
import { DeadlineKind } from '../deadlines/deadline-kind';
import { ReminderClock } from '../reminder-clock';
import { ReminderRule } from '../rules/reminder-rule.entity';
import { RuleBook } from '../rules/rule-book';
import { sendReminderMessages } from '../delivery/send-reminder-messages';
import { loadDeadlinePeople } from './deadline-people';
import { ExistingReminder, PlannedForDeadline, diffReminders } from './reminder-diff';
import { channelFor, planReminders } from './reminder-plan';
import { ReminderState } from './reminder.entity';

/** A deadline as the module that owns it describes it, each time it is created, changed or closed. */
export interface DeadlineInput {
  kind: DeadlineKind;
  /** The item, meeting, report, goal, group or agency it belongs to. */
  subjectId: string;
  /** Tells apart the deadlines one subject has over time, e.g. the year of a yearly one; left out when it has one. */
  occurrence?: string;
  planId: string;
  /** The group whose coordinator hears of escalations, if any. */
  groupId: string | null;
  title: string;
  /** YYYY-MM-DD; null once the deadline is met or dropped, which cancels whatever is pending. */
  dueDate: string | null;
  /** Who must meet it. */
  ownerIds: readonly string[];
}

/** An open deadline as the planner reads it. */
export interface OpenDeadline {
  id: string;
  kind: DeadlineKind;
  planId: string;
  groupId: string | null;
  dueDate: string;
  ownerIds: string[];
}

/** Deadlines planned again per transaction when a rule changes. */
const REPLAN_BATCH = 1_000;

/**
 * Keeps the reminders of deadlines in step with them. Every call runs in the
 * transaction of the change that caused it, so the reminders, and the outbox
 * message of each that sends it at its time, commit or roll back with that
 * change.
 */
@Injectable()
export class ReminderScheduler {
  constructor(
    private readonly clock: ReminderClock,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * The one call where a deadline is created, changed or closed: plans its
   * reminders again (a moved due date cancels the old ones and schedules
   * new ones), or, with no due date, cancels what is pending.
   */
  async sync(tx: EntityManager, deadlines: DeadlineInput | readonly DeadlineInput[]): Promise<void> {
    const latest = new Map<string, DeadlineInput>();
    for (const deadline of Array.isArray(deadlines) ? deadlines : [deadlines as DeadlineInput]) {
      latest.set(`${deadline.kind}|${deadline.subjectId}|${deadline.occurrence ?? ''}`, deadline);
    }
    // In key order, so two transactions writing overlapping deadlines lock them in the same order and never deadlock.
    const inKeyOrder = [...latest].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, deadline]) => deadline);
    const closing = inKeyOrder.filter((deadline) => deadline.dueDate === null);
    const open = inKeyOrder.filter((deadline) => deadline.dueDate !== null);
    if (closing.length > 0) await this.close(tx, closing);
    if (open.length > 0) await this.replan(tx, await this.upsert(tx, open));
  }

  /**
   * Plans again the open deadlines of a plan: of one kind (null: every kind),
   * in the whole plan or in one group of it. After a rule change, and in the
   * periodic refresh.
   */
  async replanWhere(tx: EntityManager, planId: string, kind: DeadlineKind | null, groupId: string | null): Promise<void> {
    const rows: { id: string }[] = await tx.query(
      `SELECT id FROM deadlines
        WHERE plan_id = $1 AND ($2::text IS NULL OR kind = $2) AND closed_at IS NULL AND ($3::uuid IS NULL OR group_id = $3)
        ORDER BY id`,
      [planId, kind, groupId],
    );
    for (let start = 0; start < rows.length; start += REPLAN_BATCH) {
      await this.replan(tx, rows.slice(start, start + REPLAN_BATCH).map((row) => row.id));
    }
  }

  /** Writes the deadlines; returns the ids of those that are new, reopened or changed (an unchanged one needs no planning). */
  private async upsert(tx: EntityManager, deadlines: DeadlineInput[]): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO deadlines (kind, subject_id, occurrence, plan_id, group_id, title, due_date, owner_ids)
       SELECT kind, subject_id, occurrence, plan_id, group_id, title, due_date, owner_ids
         FROM jsonb_to_recordset($1::jsonb)
           AS d(kind text, subject_id uuid, occurrence text, plan_id uuid, group_id uuid, title text, due_date date, owner_ids uuid[])
       ON CONFLICT (kind, subject_id, occurrence) DO UPDATE
          SET plan_id = EXCLUDED.plan_id, group_id = EXCLUDED.group_id, title = EXCLUDED.title,
              due_date = EXCLUDED.due_date, owner_ids = EXCLUDED.owner_ids, closed_at = NULL, updated_at = now()
        WHERE deadlines.closed_at IS NOT NULL
           OR (deadlines.plan_id, deadlines.group_id, deadlines.title, deadlines.due_date, deadlines.owner_ids)
              IS DISTINCT FROM (EXCLUDED.plan_id, EXCLUDED.group_id, EXCLUDED.title, EXCLUDED.due_date, EXCLUDED.owner_ids)
       RETURNING id`,
      [
        JSON.stringify(
          deadlines.map((d) => ({
            kind: d.kind,
            subject_id: d.subjectId,
            occurrence: d.occurrence ?? '',
            plan_id: d.planId,
            group_id: d.groupId,
            title: d.title,
            due_date: d.dueDate,
            owner_ids: [...new Set(d.ownerIds)],
          })),
        ),
      ],
    );
    return rows.map((row) => row.id);
  }

  private async close(tx: EntityManager, deadlines: DeadlineInput[]): Promise<void> {
    // An UPDATE answers [rows, count].
    const [closed]: [{ id: string }[], number] = await tx.query(
      `UPDATE deadlines d SET closed_at = $4, updated_at = now()
         FROM unnest($1::text[], $2::uuid[], $3::text[]) AS c(kind, subject_id, occurrence)
        WHERE d.kind = c.kind AND d.subject_id = c.subject_id AND d.occurrence = c.occurrence AND d.closed_at IS NULL
        RETURNING d.id`,
      [deadlines.map((d) => d.kind), deadlines.map((d) => d.subjectId), deadlines.map((d) => d.occurrence ?? ''), this.clock.now()],
    );
    if (closed.length === 0) return;
    // Their outbox messages stay: at their time they find the reminder cancelled and send nothing.
    await tx.query(`UPDATE reminders SET state = $3, cancelled_at = $2 WHERE deadline_id = ANY($1::uuid[]) AND state = $4`, [
      closed.map((row) => row.id),
      this.clock.now(),
      ReminderState.CANCELLED,
      ReminderState.SCHEDULED,
    ]);
  }

  /** Plans the deadlines' reminders from their rules and people, and applies the difference. */
  private async replan(tx: EntityManager, deadlineIds: string[]): Promise<void> {
    const now = this.clock.now();
    // Locked, so two changes to one deadline plan one after the other.
    const deadlines: OpenDeadline[] = await tx.query(
      `SELECT id, kind, plan_id AS "planId", group_id AS "groupId", due_date::text AS "dueDate", owner_ids::text[] AS "ownerIds"
         FROM deadlines WHERE id = ANY($1::uuid[]) AND closed_at IS NULL ORDER BY id FOR UPDATE`,
      [deadlineIds],
    );
    if (deadlines.length === 0) return;
    const wanted = await this.plan(tx, deadlines);
    const existing: ExistingReminder[] = await tx.query(
      `SELECT id, deadline_id AS "deadlineId", recipient_id AS "recipientId", offset_days AS "offsetDays", for_due_date::text AS "forDueDate",
              due_at AS "dueAt", state, email_required AS "emailRequired"
         FROM reminders WHERE deadline_id = ANY($1::uuid[]) AND state <> $2`,
      [deadlines.map((d) => d.id), ReminderState.CANCELLED],
    );
    const changes = diffReminders(wanted, existing, now);
    if (changes.cancel.length > 0) {
      await tx.query(`UPDATE reminders SET state = $3, cancelled_at = $2 WHERE id = ANY($1::uuid[]) AND state = $4`, [
        changes.cancel,
        now,
        ReminderState.CANCELLED,
        ReminderState.SCHEDULED,
      ]);
    }
    const added = await this.insert(tx, changes.add);
    // The reminders are sent by outbox messages due at their time, written with them.
    await this.outbox.addMany(tx, sendReminderMessages(added, this.clock));
  }

  /**
   * Every reminder the open deadlines call for under their rules and with
   * their people now, whether or not its time has passed: what replanning
   * writes, and what the administrators' preview shows.
   */
  async plan(tx: EntityManager, deadlines: readonly OpenDeadline[]): Promise<PlannedForDeadline[]> {
    if (deadlines.length === 0) return [];
    const rules = new RuleBook(await tx.findBy(ReminderRule, { planId: In([...new Set(deadlines.map((d) => d.planId))]) }));
    const people = await loadDeadlinePeople(tx, deadlines);
    return deadlines.flatMap((deadline, index) =>
      planReminders(deadline.dueDate, rules.timingFor(deadline.planId, deadline.groupId, deadline.kind).timing, people[index]!).map((reminder) => ({
        ...reminder,
        deadlineId: deadline.id,
        forDueDate: deadline.dueDate,
      })),
    );
  }

  private async insert(tx: EntityManager, reminders: PlannedForDeadline[]): Promise<{ id: string; dueAt: Date }[]> {
    if (reminders.length === 0) return [];
    const preferences = await preferencesOf(tx, reminders.map((r) => r.recipientId));
    return tx.query(
      `INSERT INTO reminders (deadline_id, recipient_id, offset_days, for_due_date, escalation_level, channel, email_required, due_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::date[], $5::int[], $6::text[], $7::boolean[], $8::timestamptz[])
       ON CONFLICT (deadline_id, recipient_id, offset_days, for_due_date) WHERE state <> 'CANCELLED' DO NOTHING
       RETURNING id, due_at AS "dueAt"`,
      [
        reminders.map((r) => r.deadlineId),
        reminders.map((r) => r.recipientId),
        reminders.map((r) => r.offsetDays),
        reminders.map((r) => r.forDueDate),
        reminders.map((r) => r.escalationLevel),
        reminders.map((r) => channelFor(preferences.get(r.recipientId)!, r.emailRequired)),
        reminders.map((r) => r.emailRequired),
        reminders.map((r) => r.dueAt),
      ],
    );
  }
}
