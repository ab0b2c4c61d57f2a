import { Inject, Injectable } from '@nestjs/common';
import {
  DEFAULT_NOTIFICATION_PREFERENCE,
  DeliveryOutcome,
  NotificationDelivery,
  NotificationDigestsService,
  addNotifications,
} from '@samverkan/notifications';
import { Language, pageLink, pagePathOf, pagePaths } from '@samverkan/common';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import { HandlesJob, JobName, OutboxService, SendDigestPayload, SendReminderPayload } from '@samverkan/queue';
import { EntityManager } from 'typeorm';
import { DeadlineKind } from '../deadlines/deadline-kind';
import { ReminderClock } from '../reminder-clock';
import { PREFERRED_CHANNEL } from '../scheduling/reminder-plan';
import { ReminderState } from '../scheduling/reminder.entity';
import { nextDigestAt } from './digest-time';
import { describeReminder, reminderEmailText } from './reminder-message';
import { sendReminderMessages } from './send-reminder-messages';

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
 * Sends reminders and digests when their outbox messages come due, exactly
 * once: a row moves from SCHEDULED to SENT in the job's transaction, which
 * also writes its notification and queues its e-mail and completes the
 * message; a second run finds it SENT (or cancelled) and does nothing.
 */
@Injectable()
export class ReminderSender {
  constructor(
    private readonly clock: ReminderClock,
    private readonly outbox: OutboxService,
    private readonly digests: NotificationDigestsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Those of the message's reminders that are not due yet by this worker's clock (clocks differ) go into new messages at their time. */
  @HandlesJob(JobName.SEND_REMINDER)
  async sendReminder({ reminderIds }: SendReminderPayload, tx: EntityManager): Promise<void> {
    const outcomes = await this.sendReminders(tx, reminderIds);
    const notDue = [...outcomes].flatMap(([id, outcome]) => (outcome.state === 'NOT_DUE' ? [{ id, dueAt: outcome.dueAt }] : []));
    await this.outbox.addMany(tx, sendReminderMessages(notDue, this.clock));
  }

  /** A digest not due yet by this worker's clock goes into a new message at its time. */
  @HandlesJob(JobName.SEND_DIGEST)
  async sendDigest({ digestId }: SendDigestPayload, tx: EntityManager): Promise<void> {
    const outcome = await this.digests.send(tx, digestId, this.clock.now());
    if (outcome.state === 'NOT_DUE') {
      await this.outbox.add(tx, { jobName: JobName.SEND_DIGEST, payload: { digestId }, availableAt: this.clock.realTimeOf(outcome.dueAt) });
    }
  }

  /** Sends those of the reminders that are due and still SCHEDULED, in the caller's transaction. */
  async sendReminders(tx: EntityManager, ids: readonly string[]): Promise<Map<string, DeliveryOutcome>> {
    const now = this.clock.now();
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

  /** A digest per recipient at the next digest time, unless they have one, each sent by an outbox message due then. */
  private async scheduleDigests(tx: EntityManager, recipientIds: string[], now: Date): Promise<void> {
    const scheduled = await this.digests.schedule(tx, recipientIds, nextDigestAt(now));
    await this.outbox.addMany(
      tx,
      scheduled.map((digest) => ({ jobName: JobName.SEND_DIGEST, payload: { digestId: digest.id }, availableAt: this.clock.realTimeOf(digest.dueAt) })),
    );
  }
}

/**
 * Moves the due, SCHEDULED ones of the reminders to SENT and returns them
 * with what their messages need. The channel is chosen now, from the
 * recipient's preference at this moment (PREFERRED_CHANNEL), unless the
 * reminder must be e-mailed. A reminder another transaction is sending right
 * now is skipped rather than waited for: that one sends it, or, should it
 * fail, its own outbox message is retried and sends it.
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
