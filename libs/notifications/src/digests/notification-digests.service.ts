import { Inject, Injectable } from '@nestjs/common';
import { Language, pageLink, pagePathOf, pagePaths } from '@samverkan/common';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import { JobName, OutboxService } from '@samverkan/queue';
import { EntityManager } from 'typeorm';
import { NotificationDelivery } from '../notifications/notification.entity';
import { DigestState } from './notification-digest.entity';

/** A digest row whose delayed job must be added to the queue once its transaction commits. */
export interface ScheduledDigest {
  id: string;
  dueAt: Date;
}

/** What became of a request to send a scheduled row: sent now, not due until `dueAt`, or nothing left to send (sent before, cancelled, unknown). */
export type DeliveryOutcome = { state: 'SENT' | 'GONE' } | { state: 'NOT_DUE'; dueAt: Date };

interface GatheredNotification {
  title: string;
  body: string;
  subject_type: string;
  subject_id: string;
}

interface Recipient {
  email: string;
  display_name: string;
  language: Language;
}

/** The digest e-mail's subject and text, in the recipient's language; each reminder with the page it is handled on. */
function digestEmail(recipient: Recipient, gathered: GatheredNotification[], link: (path: string) => string): { subject: string; text: string } {
  const english = recipient.language === Language.EN;
  const count = gathered.length;
  const items = gathered.flatMap((notification) => [`- ${notification.title}`, `  ${notification.body}`, `  ${link(pagePathOf({ type: notification.subject_type, id: notification.subject_id }))}`, '']);
  if (english) {
    return {
      subject: `Samverkan: ${count === 1 ? '1 reminder' : `${count} reminders`} today`,
      text: [
        `Hello ${recipient.display_name},`,
        '',
        'Your reminders from Samverkan:',
        '',
        ...items,
        `All your notifications: ${link(pagePaths.notifications())}`,
        '',
        `You receive one summary a day because you chose the daily digest. Change it under your settings: ${link(pagePaths.settings())}`,
      ].join('\n'),
    };
  }
  return {
    subject: `Samverkan: ${count === 1 ? '1 påminnelse' : `${count} påminnelser`} i dag`,
    text: [
      `Hej ${recipient.display_name},`,
      '',
      'Dina påminnelser från Samverkan:',
      '',
      ...items,
      `Alla dina aviseringar: ${link(pagePaths.notifications())}`,
      '',
      `Du får en sammanfattning om dagen eftersom du har valt det. Du kan ändra det under dina inställningar: ${link(pagePaths.settings())}`,
    ].join('\n'),
  };
}

/** Daily digest e-mails: scheduled when a DIGEST notification is written, sent once when due. */
@Injectable()
export class NotificationDigestsService {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Gives each recipient a digest at `dueAt` unless they have one; returns the new ones. In the caller's transaction. */
  async schedule(tx: EntityManager, recipientIds: readonly string[], dueAt: Date): Promise<ScheduledDigest[]> {
    if (recipientIds.length === 0) return [];
    const rows: { id: string; due_at: Date }[] = await tx.query(
      `INSERT INTO notification_digests (recipient_id, due_at)
       SELECT DISTINCT unnest($1::uuid[]), $2::timestamptz
       ON CONFLICT (recipient_id, due_at) DO NOTHING
       RETURNING id, due_at`,
      [recipientIds, dueAt],
    );
    return rows.map((row) => ({ id: row.id, dueAt: row.due_at }));
  }

  /**
   * Sends the digest once: the conditional update lets one run through, and
   * the e-mail goes into the outbox in the same transaction, with every
   * DIGEST notification still waiting for one. Nothing waiting, no e-mail.
   */
  async send(tx: EntityManager, digestId: string, now: Date): Promise<DeliveryOutcome> {
    // An UPDATE answers [rows, count].
    const [[claimed]]: [{ recipient_id: string }[], number] = await tx.query(
      `UPDATE notification_digests SET state = $3, sent_at = $2
        WHERE id = $1 AND state = $4 AND due_at <= $2
        RETURNING recipient_id`,
      [digestId, now, DigestState.SENT, DigestState.SCHEDULED],
    );
    if (!claimed) {
      const [pending]: { due_at: Date }[] = await tx.query(`SELECT due_at FROM notification_digests WHERE id = $1 AND state = $2`, [
        digestId,
        DigestState.SCHEDULED,
      ]);
      return pending ? { state: 'NOT_DUE', dueAt: pending.due_at } : { state: 'GONE' };
    }
    const gathered: GatheredNotification[] = await tx.query(
      `WITH digested AS (
         UPDATE notifications SET digested_at = $2
          WHERE recipient_id = $1 AND delivery = $3 AND digested_at IS NULL
          RETURNING title, body, subject_type, subject_id, created_at, id)
       SELECT title, body, subject_type, subject_id FROM digested ORDER BY created_at, id`,
      [claimed.recipient_id, now, NotificationDelivery.DIGEST],
    );
    if (gathered.length > 0) await this.queueEmail(tx, digestId, claimed.recipient_id, gathered);
    return { state: 'SENT' };
  }

  private async queueEmail(tx: EntityManager, digestId: string, recipientId: string, gathered: GatheredNotification[]): Promise<void> {
    const [recipient]: Recipient[] = await tx.query(`SELECT email, display_name, language FROM users WHERE id = $1`, [recipientId]);
    if (!recipient) return;
    const { subject, text } = digestEmail(recipient, gathered, (path) => pageLink(this.config.publicUrl, path));
    await this.outbox.add(tx, {
      jobName: JobName.SEND_EMAIL,
      payload: { to: [recipient.email], subject, text, messageId: `<digest.${digestId}@samverkan>` },
    });
  }
}
