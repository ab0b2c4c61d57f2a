import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DeliveryOutcome, NotificationDelivery, NotificationDigestsService, addNotifications, preferencesOf } from '@samverkan/notifications';
import { JobName, OutboxService, ReminderJobName } from '@samverkan/queue';
import { DataSource, EntityManager } from 'typeorm';
import { DeadlineKind } from '../deadlines/deadline-kind';
import { AfterCommit } from '../queueing/after-commit';
import { ReminderQueue } from '../queueing/reminder-queue';
import { ReminderClock } from '../reminder-clock';
import { channelFor } from '../scheduling/reminder-plan';
import { ReminderState } from '../scheduling/reminder.entity';
import { nextDigestAt } from './digest-time';
import { describeReminder, reminderEmailText } from './reminder-message';

interface ReminderToSend {
  id: string;
  dueAt: Date;
  recipientId: string;
  email: string;
  displayName: string;
  offsetDays: number;
  escalationLevel: number;
  emailRequired: boolean;
  kind: DeadlineKind;
  subjectId: string;
  title: string;
  dueDate: string;
}

const GONE: DeliveryOutcome = { state: 'GONE' };
const SENT: DeliveryOutcome = { state: 'SENT' };

/**
 * Sends reminders and digests that are due, exactly once: a row moves from
 * SCHEDULED to SENT in the same transaction that writes its notification and
 * queues its e-mail, and a second run finds it SENT and does nothing.
 */
@Injectable()
export class ReminderSender {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: ReminderClock,
    private readonly outbox: OutboxService,
    private readonly digests: NotificationDigestsService,
    private readonly queue: ReminderQueue,
    private readonly afterCommit: AfterCommit,
  ) {}

  /** Sends those of the reminders that are due and still SCHEDULED, in one transaction. */
  sendReminders(ids: readonly string[]): Promise<Map<string, DeliveryOutcome>> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const outcomes = new Map<string, DeliveryOutcome>(ids.map((id) => [id, GONE]));
      // Locked in id order, so batches that share a reminder cannot deadlock; a second batch waits, then skips it.
      const rows: ReminderToSend[] = await tx.query(
        `SELECT r.id, r.due_at AS "dueAt", r.recipient_id AS "recipientId", u.email, u.display_name AS "displayName",
                r.offset_days AS "offsetDays", r.escalation_level AS "escalationLevel", r.email_required AS "emailRequired",
                d.kind, d.subject_id AS "subjectId", d.title, d.due_date::text AS "dueDate"
           FROM reminders r
           JOIN deadlines d ON d.id = r.deadline_id
           JOIN users u ON u.id = r.recipient_id
          WHERE r.id = ANY($1::uuid[]) AND r.state = $2
          ORDER BY r.id
            FOR UPDATE OF r`,
        [ids, ReminderState.SCHEDULED],
      );
      const due = rows.filter((row) => row.dueAt <= now);
      for (const row of rows) if (row.dueAt > now) outcomes.set(row.id, { state: 'NOT_DUE', dueAt: row.dueAt });
      if (due.length === 0) return outcomes;
      const preferences = await preferencesOf(tx, due.map((row) => row.recipientId));
      const channels = due.map((row) => channelFor(preferences.get(row.recipientId)!, row.emailRequired));
      await tx.query(
        `UPDATE reminders r SET state = $3, sent_at = $2, channel = c.channel
           FROM unnest($1::uuid[], $4::text[]) AS c(id, channel)
          WHERE r.id = c.id`,
        [due.map((row) => row.id), now, ReminderState.SENT, channels],
      );
      const messages = due.map((row) => describeReminder(row));
      await addNotifications(
        tx,
        due.map((row, index) => ({
          ...messages[index]!,
          recipientId: row.recipientId,
          subjectType: row.kind,
          subjectId: row.subjectId,
          dueDate: row.dueDate,
          sourceKey: `reminder:${row.id}`,
          delivery: channels[index]!,
        })),
      );
      for (const [index, row] of due.entries()) {
        if (channels[index] === NotificationDelivery.EMAIL) await this.queueEmail(tx, row, messages[index]!);
        outcomes.set(row.id, SENT);
      }
      const digestRecipients = due.filter((_, index) => channels[index] === NotificationDelivery.DIGEST).map((row) => row.recipientId);
      await this.scheduleDigests(tx, digestRecipients, now);
      return outcomes;
    });
  }

  sendDigest(id: string): Promise<DeliveryOutcome> {
    return this.dataSource.transaction((tx) => this.digests.send(tx, id, this.clock.now()));
  }

  private async queueEmail(tx: EntityManager, row: ReminderToSend, message: { title: string; body: string }): Promise<void> {
    await this.outbox.add(tx, {
      jobName: JobName.SEND_EMAIL,
      payload: {
        to: [row.email],
        subject: `Samverkan: ${message.title}`,
        text: reminderEmailText(row.displayName, message),
        messageId: `<reminder.${row.id}@samverkan>`,
      },
    });
  }

  private async scheduleDigests(tx: EntityManager, recipientIds: string[], now: Date): Promise<void> {
    const scheduled = await this.digests.schedule(tx, recipientIds, nextDigestAt(now));
    if (scheduled.length === 0) return;
    this.afterCommit.add(tx, () => this.queue.enqueue(scheduled.map((digest) => ({ name: ReminderJobName.SEND_DIGEST, ...digest }))));
  }
}
