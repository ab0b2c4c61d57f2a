import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DEFAULT_NOTIFICATION_PREFERENCE,
  DeliveryOutcome,
  NotificationDelivery,
  NotificationDigestsService,
  addNotifications,
} from '@samverkan/notifications';
import { Language, pageLink, pagePathOf, pagePaths } from '@samverkan/common';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import { JobName, OutboxService, ReminderJobName } from '@samverkan/queue';
import { DataSource, EntityManager } from 'typeorm';
import { DeadlineKind } from '../deadlines/deadline-kind';
import { AfterCommit } from '../queueing/after-commit';
import { ReminderQueue } from '../queueing/reminder-queue';
import { ReminderClock } from '../reminder-clock';
import { PREFERRED_CHANNEL } from '../scheduling/reminder-plan';
import { ReminderState } from '../scheduling/reminder.entity';
import { nextDigestAt } from './digest-time';
import { describeReminder, reminderEmailText } from './reminder-message';

interface SentReminder {
  id: string;
  recipientId: string;
  channel: NotificationDelivery;
  email: string;
  displayName: string;
  offsetDays: number;
  escalationLevel: number;
  kind: DeadlineKind;
  subjectId: string;
  occurrence: string;
  title: string;
  dueDate: string;
  language: Language;
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sends those of the reminders that are due and still SCHEDULED, in one transaction. */
  sendReminders(ids: readonly string[]): Promise<Map<string, DeliveryOutcome>> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const outcomes = new Map<string, DeliveryOutcome>(ids.map((id) => [id, GONE]));
      const sent = await claimDue(tx, ids, now);
      for (const reminder of sent) outcomes.set(reminder.id, SENT);
      if (sent.length < ids.length) {
        for (const { id, dueAt } of await notYetDue(tx, ids.filter((id) => outcomes.get(id) !== SENT), now)) outcomes.set(id, { state: 'NOT_DUE', dueAt });
      }
      if (sent.length === 0) return outcomes;
      const messages = sent.map((reminder) => describeReminder(reminder, reminder.language));
      await addNotifications(
        tx,
        sent.map((reminder, index) => ({
          ...messages[index]!,
          recipientId: reminder.recipientId,
          subjectType: reminder.kind,
          subjectId: reminder.subjectId,
          dueDate: reminder.dueDate,
          sourceKey: `reminder:${reminder.id}`,
          delivery: reminder.channel,
        })),
      );
      for (const [index, reminder] of sent.entries()) {
        if (reminder.channel === NotificationDelivery.EMAIL) await this.queueEmail(tx, reminder, messages[index]!);
      }
      await this.scheduleDigests(
        tx,
        sent.filter((reminder) => reminder.channel === NotificationDelivery.DIGEST).map((reminder) => reminder.recipientId),
        now,
      );
      return outcomes;
    });
  }

  sendDigest(id: string): Promise<DeliveryOutcome> {
    return this.dataSource.transaction((tx) => this.digests.send(tx, id, this.clock.now()));
  }

  private async queueEmail(tx: EntityManager, reminder: SentReminder, message: { title: string; body: string }): Promise<void> {
    await this.outbox.add(tx, {
      jobName: JobName.SEND_EMAIL,
      payload: {
        to: [reminder.email],
        subject: `Samverkan: ${message.title}`,
        text: reminderEmailText(
          reminder.displayName,
          message,
          {
            page: pageLink(this.config.publicUrl, pagePathOf({ type: reminder.kind, id: reminder.subjectId, occurrence: reminder.occurrence })),
            settings: pageLink(this.config.publicUrl, pagePaths.settings()),
          },
          reminder.language,
        ),
        messageId: `<reminder.${reminder.id}@samverkan>`,
      },
    });
  }

  private async scheduleDigests(tx: EntityManager, recipientIds: string[], now: Date): Promise<void> {
    const scheduled = await this.digests.schedule(tx, recipientIds, nextDigestAt(now));
    if (scheduled.length === 0) return;
    this.afterCommit.add(tx, () => this.queue.enqueue(scheduled.map((digest) => ({ name: ReminderJobName.SEND_DIGEST, ...digest }))));
  }
}

/**
 * Moves the due, SCHEDULED ones of the reminders to SENT and returns them
 * with what their messages need. The channel is chosen now, from the
 * recipient's preference at this moment (PREFERRED_CHANNEL), unless the
 * reminder must be e-mailed. A reminder another transaction is sending right
 * now is skipped rather than waited for: that one sends it, or, should it
 * fail, the reminder stays SCHEDULED for the reconciler.
 */
async function claimDue(tx: EntityManager, ids: readonly string[], now: Date): Promise<SentReminder[]> {
  const preferences = Object.entries(PREFERRED_CHANNEL);
  // An UPDATE answers [rows, count].
  const [sent]: [SentReminder[], number] = await tx.query(
    `UPDATE reminders r
        SET state = $3, sent_at = $2, channel = CASE WHEN r.email_required THEN $7 ELSE m.channel END
       FROM deadlines d, users u
       LEFT JOIN notification_settings s ON s.user_id = u.id
       JOIN unnest($4::text[], $5::text[]) AS m(preference, channel) ON m.preference = coalesce(s.preference, $6)
      WHERE r.id IN (SELECT id FROM reminders WHERE id = ANY($1::uuid[]) AND state = $8 AND due_at <= $2 ORDER BY id FOR UPDATE SKIP LOCKED)
        AND d.id = r.deadline_id
        AND u.id = r.recipient_id
      RETURNING r.id, r.recipient_id AS "recipientId", r.channel, u.email, u.display_name AS "displayName", u.language,
                r.offset_days AS "offsetDays", r.escalation_level AS "escalationLevel",
                d.kind, d.subject_id AS "subjectId", d.occurrence, d.title, d.due_date::text AS "dueDate"`,
    [
      ids,
      now,
      ReminderState.SENT,
      preferences.map(([preference]) => preference),
      preferences.map(([, channel]) => channel),
      DEFAULT_NOTIFICATION_PREFERENCE,
      NotificationDelivery.EMAIL,
      ReminderState.SCHEDULED,
    ],
  );
  return sent;
}

/** Those of the reminders still waiting for their time. */
function notYetDue(tx: EntityManager, ids: readonly string[], now: Date): Promise<{ id: string; dueAt: Date }[]> {
  return tx.query(`SELECT id, due_at AS "dueAt" FROM reminders WHERE id = ANY($1::uuid[]) AND state = $3 AND due_at > $2`, [
    ids,
    now,
    ReminderState.SCHEDULED,
  ]);
}
