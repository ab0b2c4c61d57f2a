import { Injectable } from '@nestjs/common';
import { NotificationDelivery, addNotifications } from '@samverkan/notifications';
import { JobName, OutboxService } from '@samverkan/queue';
import { EntityManager } from 'typeorm';
import { ReportDocument } from '../content/report-document';

/**
 * Tells the steering group a report was submitted, in the app and by one
 * e-mail to all its members; written in the submission's transaction.
 */
@Injectable()
export class SteeringNotices {
  constructor(private readonly outbox: OutboxService) {}

  async reportSubmitted(tx: EntityManager, document: ReportDocument, sha256: string): Promise<void> {
    const members: { id: string; email: string }[] = await tx.query(
      `SELECT DISTINCT u.id, u.email
         FROM memberships m
         JOIN groups g ON g.id = m.group_id
         JOIN users u ON u.id = m.user_id
        WHERE g.plan_id = $1 AND g.kind = 'STEERING' AND m.role <> 'SUPPORT' AND u.active
        ORDER BY u.email`,
      [document.report.plan.id],
    );
    if (members.length === 0) return;
    const author = document.report.group?.name ?? document.report.agency?.name ?? '';
    const { version } = document;
    const title = `${author} submitted its report for ${document.report.year} (version ${version.number})`;
    await addNotifications(
      tx,
      members.map((member) => ({
        recipientId: member.id,
        title,
        body: `Submitted by ${version.submittedBy.name}. Read it, then acknowledge it or return it for revision.`,
        subjectType: 'REPORT',
        subjectId: document.report.id,
        dueDate: null,
        sourceKey: `report-submitted:${version.id}:${member.id}`,
        delivery: NotificationDelivery.EMAIL,
      })),
    );
    await this.outbox.add(tx, {
      jobName: JobName.SEND_EMAIL,
      payload: {
        to: members.map((member) => member.email),
        subject: `Samverkan: ${title}`,
        text: [
          'Hello,',
          '',
          `${version.submittedBy.name} submitted version ${version.number} of the report for ${document.report.year} by ${author}.`,
          `Registration number: ${version.registrationNumber ?? 'none'}`,
          `SHA-256 of the submitted document: ${sha256}`,
          '',
          'Log in to Samverkan to read it and to acknowledge it or return it for revision.',
        ].join('\n'),
        messageId: `<report-submitted.${version.id}@samverkan>`,
      },
    });
  }
}
