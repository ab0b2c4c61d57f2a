import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { runExclusively } from '@samverkan/common';
import { DeliveryOutcome } from '@samverkan/notifications';
import { ReminderJobName } from '@samverkan/queue';
import { DataSource } from 'typeorm';
import { ReminderSender } from '../delivery/reminder-sender.service';
import { ReminderQueue, RowJobName } from '../queueing/reminder-queue';
import { ReminderClock } from '../reminder-clock';

/** Rows read per query; each batch of due reminders is sent in one transaction. */
const BATCH = 500;

/** The table of each job's rows. */
const ROW_TABLES: Readonly<Record<RowJobName, string>> = {
  [ReminderJobName.SEND_REMINDER]: 'reminders',
  [ReminderJobName.SEND_DIGEST]: 'notification_digests',
};

/** Held for the whole run, so one reconciler runs at a time across every worker. */
const LOCK_NAME = 'samverkan.reminder-reconciler';

export interface ReconcileSummary {
  /** Reminders and digests sent because their time had passed. */
  sent: number;
  /** Jobs added again because Redis did not hold them. */
  requeued: number;
}

/**
 * Makes Redis agree with PostgreSQL again: sends every scheduled row whose
 * time has passed, and adds the job of every scheduled row Redis does not
 * hold (never added, or lost in a flush or restart). Runs at worker start
 * and on a BullMQ job scheduler.
 */
@Injectable()
export class ReminderReconciler {
  private readonly senders: Readonly<Record<RowJobName, (ids: string[]) => Promise<Map<string, DeliveryOutcome>>>>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: ReminderClock,
    private readonly queue: ReminderQueue,
    sender: ReminderSender,
  ) {
    this.senders = {
      [ReminderJobName.SEND_REMINDER]: (ids) => sender.sendReminders(ids),
      [ReminderJobName.SEND_DIGEST]: async (ids) => {
        const outcomes = new Map<string, DeliveryOutcome>();
        for (const id of ids) outcomes.set(id, await sender.sendDigest(id));
        return outcomes;
      },
    };
  }

  /** One pass; null when another worker's pass holds the lock. */
  run(): Promise<ReconcileSummary | null> {
    return runExclusively(this.dataSource, LOCK_NAME, async () => {
      const summary: ReconcileSummary = { sent: 0, requeued: 0 };
      for (const name of [ReminderJobName.SEND_REMINDER, ReminderJobName.SEND_DIGEST] as const) {
        summary.sent += await this.sendDue(name);
        summary.requeued += await this.requeueMissing(name);
      }
      return summary;
    });
  }

  private async sendDue(name: RowJobName): Promise<number> {
    let sent = 0;
    let rows: { id: string }[];
    do {
      rows = await this.dataSource.query(
        `SELECT id FROM ${ROW_TABLES[name]} WHERE state = 'SCHEDULED' AND due_at <= $1 ORDER BY due_at, id LIMIT $2`,
        [this.clock.now(), BATCH],
      );
      if (rows.length === 0) break;
      const outcomes = await this.senders[name](rows.map((row) => row.id));
      const sentNow = [...outcomes.values()].filter((outcome) => outcome.state === 'SENT').length;
      sent += sentNow;
      // A full batch of which nothing could be sent would come back unchanged: stop rather than spin.
      if (sentNow === 0) break;
    } while (rows.length === BATCH);
    return sent;
  }

  /** Walks every scheduled row by id; rows Redis has no job for get one. */
  private async requeueMissing(name: RowJobName): Promise<number> {
    let requeued = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    let rows: { id: string; dueAt: Date }[];
    do {
      rows = await this.dataSource.query(
        `SELECT id, due_at AS "dueAt" FROM ${ROW_TABLES[name]} WHERE state = 'SCHEDULED' AND id > $1 ORDER BY id LIMIT $2`,
        [after, BATCH],
      );
      const held = await this.queue.withJob(rows.map((row) => row.id));
      const missing = rows.filter((row) => !held.has(row.id));
      await this.queue.enqueue(missing.map((row) => ({ name, id: row.id, dueAt: row.dueAt })));
      requeued += missing.length;
      after = rows[rows.length - 1]?.id ?? after;
    } while (rows.length === BATCH);
    return requeued;
  }
}
