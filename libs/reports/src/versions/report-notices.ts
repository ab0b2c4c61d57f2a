import { Injectable } from '@nestjs/common';
import { MembershipRole, UserRole } from '@samverkan/auth';
import { NewNotification, NotificationDelivery, addNotifications } from '@samverkan/notifications';
import { JobName, OutboxService } from '@samverkan/queue';
import { EntityManager } from 'typeorm';
import { ReportDocument } from '../content/report-document';
import { Report, ReportStatus } from '../reports/report.entity';
import { ReportVersion } from './report-version.entity';

interface Recipient {
  id: string;
  email: string;
}

/** What a notice says, to whom, and the Message-ID of its e-mail. */
interface Notice {
  recipients: Recipient[];
  reportId: string;
  title: string;
  body: string;
  /** Distinct per cause, so a cause notifies each person once. */
  cause: string;
  messageId: string;
  text: string[];
}

/**
 * Tells people what happened to a report, in the app and by one e-mail to
 * all of them, in the transaction of the change: the steering group when a
 * version is submitted, the report's authors when the steering group
 * acknowledges it or returns it for revision.
 */
@Injectable()
export class ReportNotices {
  constructor(private readonly outbox: OutboxService) {}

  async reportSubmitted(tx: EntityManager, document: ReportDocument, sha256: string): Promise<void> {
    const members: Recipient[] = await tx.query(
      `SELECT DISTINCT u.id, u.email
         FROM memberships m
         JOIN groups g ON g.id = m.group_id
         JOIN users u ON u.id = m.user_id
        WHERE g.plan_id = $1 AND g.kind = 'STEERING' AND m.role <> 'SUPPORT' AND u.active
        ORDER BY u.email`,
      [document.report.plan.id],
    );
    const author = document.report.group?.name ?? document.report.agency?.name ?? '';
    const { version } = document;
    await this.tell(tx, {
      recipients: members,
      reportId: document.report.id,
      title: `${author} submitted its report for ${document.report.year} (version ${version.number})`,
      body: `Submitted by ${version.submittedBy.name}. Read it, then acknowledge it or return it for revision.`,
      cause: `report-submitted:${version.id}`,
      messageId: `<report-submitted.${version.id}@samverkan>`,
      text: [
        `${version.submittedBy.name} submitted version ${version.number} of the report for ${document.report.year} by ${author}.`,
        `Registration number: ${version.registrationNumber ?? 'none'}`,
        `SHA-256 of the submitted document: ${sha256}`,
        '',
        'Log in to Samverkan to read it and to acknowledge it or return it for revision.',
      ],
    });
  }

  /** The authors: the working group's coordinators, or the agency's representatives, and whoever submitted the version. */
  async reportReviewed(tx: EntityManager, report: Report, version: ReportVersion, outcome: ReportStatus.ACKNOWLEDGED | ReportStatus.RETURNED): Promise<void> {
    const authors: Recipient[] = await tx.query(
      `SELECT DISTINCT u.id, u.email
         FROM users u
        WHERE u.active
          AND (u.id = $1
               OR u.id IN (SELECT m.user_id FROM memberships m WHERE m.group_id = $2 AND m.role = $4)
               OR (u.agency_id = $3 AND $5 = ANY (u.roles)))
        ORDER BY u.email`,
      [version.submittedById, report.groupId, report.agencyId, MembershipRole.COORDINATOR, UserRole.AGENCY_REPRESENTATIVE],
    );
    const returned = outcome === ReportStatus.RETURNED;
    const what = `Your report for ${report.year} (version ${version.number})`;
    const comment = version.reviewComment ? `The steering group's comment: ${version.reviewComment}` : 'The steering group left no comment.';
    await this.tell(tx, {
      recipients: authors,
      reportId: report.id,
      title: returned ? `${what} was returned for revision` : `${what} was acknowledged by the steering group`,
      body: comment,
      cause: `report-${outcome.toLowerCase()}:${version.id}`,
      messageId: `<report-${outcome.toLowerCase()}.${version.id}@samverkan>`,
      text: [
        returned ? `${what} was returned for revision.` : `${what} was acknowledged by the steering group.`,
        comment,
        '',
        returned ? 'Log in to Samverkan to revise it and submit it again.' : 'Log in to Samverkan to read it.',
      ],
    });
  }

  private async tell(tx: EntityManager, notice: Notice): Promise<void> {
    if (notice.recipients.length === 0) return;
    await addNotifications(
      tx,
      notice.recipients.map(
        (recipient): NewNotification => ({
          recipientId: recipient.id,
          title: notice.title,
          body: notice.body,
          subjectType: 'REPORT',
          subjectId: notice.reportId,
          dueDate: null,
          sourceKey: `${notice.cause}:${recipient.id}`,
          delivery: NotificationDelivery.EMAIL,
        }),
      ),
    );
    await this.outbox.add(tx, {
      jobName: JobName.SEND_EMAIL,
      payload: {
        to: notice.recipients.map((recipient) => recipient.email),
        subject: `Samverkan: ${notice.title}`,
        text: ['Hello,', '', ...notice.text].join('\n'),
        messageId: notice.messageId,
      },
    });
  }
}
