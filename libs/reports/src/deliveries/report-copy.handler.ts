import { Injectable } from '@nestjs/common';
import { HandlesJob, JobName, ReportCopyPayload } from '@samverkan/queue';
import { EntityManager } from 'typeorm';
import { composeCopyMail } from './report-copy-mail';
import { Acceptance, MAX_REPLY_LENGTH, ReportCopySender } from './report-copy-sender.service';
import { DeliveryChannel } from './report-delivery.entity';

/** Everything one copy needs, read in the handler's transaction. */
interface CopyToDeliver {
  id: string;
  channel: DeliveryChannel;
  deliveryKey: string;
  sentAt: Date | null;
  agencyCode: string;
  agencyName: string;
  contactEmail: string | null;
  webhookUrl: string | null;
  versionId: string;
  number: number;
  document: string;
  sha256: string;
  pdf: Buffer;
  year: number;
  /** Short name of the author for file names, e.g. wg3 or fk. */
  authorSlug: string;
}

/**
 * Delivers one report copy. A copy is marked sent right after the receiving
 * server accepted it (nothing else is done in between), in the transaction
 * that completes its outbox message, which commits next; if the worker dies
 * in that window, the copy goes again with the same Message-ID or
 * Idempotency-Key, by which the receiver can drop the repeat.
 */
@Injectable()
export class ReportCopyHandler {
  constructor(private readonly sender: ReportCopySender) {}

  @HandlesJob(JobName.DELIVER_REPORT_COPY)
  async deliver(payload: ReportCopyPayload, tx: EntityManager): Promise<void> {
    const copy = await this.read(tx, payload.deliveryId);
    if (!copy) throw new Error(`Report delivery ${payload.deliveryId} does not exist`);
    if (copy.sentAt) return;
    const accepted = copy.channel === DeliveryChannel.EMAIL ? await this.email(copy) : await this.webhook(copy);
    await tx.query(
      `UPDATE report_deliveries SET sent_at = now(), recipient = $2, server_reply = $3 WHERE id = $1 AND sent_at IS NULL`,
      [copy.id, accepted.recipient, accepted.reply.slice(0, MAX_REPLY_LENGTH)],
    );
  }

  /** Locks the copy: its automatic series and an administrator's one-off attempt run one after the other, never both sending. */
  private async read(tx: EntityManager, id: string): Promise<CopyToDeliver | null> {
    const [copy]: CopyToDeliver[] = await tx.query(
      `SELECT d.id, d.channel, d.delivery_key AS "deliveryKey", d.sent_at AS "sentAt",
              a.code AS "agencyCode", a.name_sv AS "agencyName", a.contact_email AS "contactEmail", e.url AS "webhookUrl",
              v.id AS "versionId", v.number, v.document, v.sha256, v.pdf, r.year,
              coalesce('wg' || g.number, lower(author.code)) AS "authorSlug"
         FROM report_deliveries d
         JOIN agencies a ON a.id = d.agency_id
         JOIN report_versions v ON v.id = d.version_id
         JOIN reports r ON r.id = v.report_id
         LEFT JOIN groups g ON g.id = r.group_id
         LEFT JOIN agencies author ON author.id = r.agency_id
         LEFT JOIN report_copy_endpoints e ON e.agency_id = d.agency_id
        WHERE d.id = $1
          FOR UPDATE OF d`,
      [id],
    );
    return copy ?? null;
  }

  private async email(copy: CopyToDeliver): Promise<Acceptance> {
    if (!copy.contactEmail) throw new Error(`Agency ${copy.agencyCode} has no contact e-mail address for report copies`);
    const fileName = `report-${copy.year}-${copy.authorSlug}-v${copy.number}`;
    const { subject, text } = composeCopyMail({ agencyName: copy.agencyName, deliveryKey: copy.deliveryKey, document: copy.document, sha256: copy.sha256, fileName });
    return this.sender.email({
      to: [copy.contactEmail],
      subject,
      text,
      messageId: copy.deliveryKey,
      headers: { 'X-Samverkan-SHA256': copy.sha256, 'X-Samverkan-Report-Version': copy.versionId },
      attachments: [
        { filename: `${fileName}.pdf`, content: copy.pdf, contentType: 'application/pdf' },
        { filename: `${fileName}.json`, content: Buffer.from(copy.document, 'utf8'), contentType: 'application/json' },
      ],
    });
  }

  private async webhook(copy: CopyToDeliver): Promise<Acceptance> {
    if (!copy.webhookUrl) throw new Error(`Agency ${copy.agencyCode} no longer has a webhook endpoint for report copies`);
    const answer = await this.sender.webhook({
      url: copy.webhookUrl,
      agencyCode: copy.agencyCode,
      body: copy.document,
      idempotencyKey: copy.deliveryKey,
      headers: { 'x-samverkan-sha256': copy.sha256, 'x-samverkan-report-version': copy.versionId },
    });
    if (!answer.accepted) throw new Error(`Webhook refused the copy: ${answer.reply}`);
    return answer;
  }
}
