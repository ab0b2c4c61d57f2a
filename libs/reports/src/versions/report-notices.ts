import { Inject, Injectable } from '@nestjs/common';
import { MembershipRole, UserRole } from '@samverkan/auth';
import { Language, pageLink, pagePaths } from '@samverkan/common';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import { NewNotification, NotificationDelivery, addNotifications } from '@samverkan/notifications';
import { JobName, OutboxService } from '@samverkan/queue';
import { EntityManager } from 'typeorm';
import { ReportDocument } from '../content/report-document';
import { Report, ReportStatus } from '../reports/report.entity';
import { ReportVersion } from './report-version.entity';

interface Recipient {
  id: string;
  email: string;
  language: Language;
}

/** What a notice says in one language: the notification's title and body, and the e-mail's lines before the link. */
interface NoticeText {
  title: string;
  body: string;
  text: string[];
  /** The line that leads to the link, e.g. "Read it here:". */
  linkLead: string;
}

/** What a notice says, to whom, where it is handled, and the Message-ID of its e-mail. */
interface Notice {
  recipients: Recipient[];
  reportId: string;
  texts: Record<Language, NoticeText>;
  /** The page where the report is handled. */
  path: string;
  /** Distinct per cause, so a cause notifies each person once. */
  cause: string;
  /** `<kind>.<id>`; the e-mail in Swedish is `<kind.id@samverkan>`, one in English `<kind.id.en@samverkan>`. */
  messageKey: string;
}

const GREETING: Record<Language, string> = { [Language.SV]: 'Hej,', [Language.EN]: 'Hello,' };

/**
 * Tells people what happened to a report, in the app and by e-mail, in the
 * transaction of the change: the steering group when a version is
 * submitted, the report's authors when the steering group acknowledges it
 * or returns it for revision. Each reads it in their own language (one
 * e-mail per language), with a link to the page where it is handled.
 */
@Injectable()
export class ReportNotices {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async reportSubmitted(tx: EntityManager, document: ReportDocument, sha256: string): Promise<void> {
    const members: Recipient[] = await tx.query(
      `SELECT DISTINCT u.id, u.email, u.language
         FROM memberships m
         JOIN groups g ON g.id = m.group_id
         JOIN users u ON u.id = m.user_id
        WHERE g.plan_id = $1 AND g.kind = 'STEERING' AND m.role <> 'SUPPORT' AND u.active
        ORDER BY u.email`,
      [document.report.plan.id],
    );
    const author = document.report.group?.name ?? document.report.agency?.name ?? '';
    const { version, report } = document;
    const by = version.submittedBy.name;
    await this.tell(tx, {
      recipients: members,
      reportId: report.id,
      path: pagePaths.reportReview(report.id),
      cause: `report-submitted:${version.id}`,
      messageKey: `report-submitted.${version.id}`,
      texts: {
        [Language.SV]: {
          title: `${author} har skickat in sin rapport för ${report.year} (version ${version.number})`,
          body: `Inskickad av ${by}. Läs den och godkänn den eller skicka tillbaka den för komplettering.`,
          text: [
            `${by} har skickat in version ${version.number} av rapporten för ${report.year} från ${author}.`,
            `Diarienummer: ${version.registrationNumber ?? 'inget'}`,
            `SHA-256 för det inskickade dokumentet: ${sha256}`,
          ],
          linkLead: 'Läs den och godkänn den eller skicka tillbaka den i Samverkan:',
        },
        [Language.EN]: {
          title: `${author} submitted its report for ${report.year} (version ${version.number})`,
          body: `Submitted by ${by}. Read it, then acknowledge it or return it for revision.`,
          text: [
            `${by} submitted version ${version.number} of the report for ${report.year} by ${author}.`,
            `Registration number: ${version.registrationNumber ?? 'none'}`,
            `SHA-256 of the submitted document: ${sha256}`,
          ],
          linkLead: 'Read it and acknowledge it or return it for revision in Samverkan:',
        },
      },
    });
  }

  /** The authors: the working group's coordinators, or the agency's representatives, and whoever submitted the version. */
  async reportReviewed(tx: EntityManager, report: Report, version: ReportVersion, outcome: ReportStatus.ACKNOWLEDGED | ReportStatus.RETURNED): Promise<void> {
    const authors: Recipient[] = await tx.query(
      `SELECT DISTINCT u.id, u.email, u.language
         FROM users u
        WHERE u.active
          AND (u.id = $1
               OR u.id IN (SELECT m.user_id FROM memberships m WHERE m.group_id = $2 AND m.role = $4)
               OR (u.agency_id = $3 AND $5 = ANY (u.roles)))
        ORDER BY u.email`,
      [version.submittedById, report.groupId, report.agencyId, MembershipRole.COORDINATOR, UserRole.AGENCY_REPRESENTATIVE],
    );
    const returned = outcome === ReportStatus.RETURNED;
    const whatSv = `Er rapport för ${report.year} (version ${version.number})`;
    const whatEn = `Your report for ${report.year} (version ${version.number})`;
    const titleSv = returned ? `${whatSv} har skickats tillbaka för komplettering` : `${whatSv} har godkänts av styrgruppen`;
    const titleEn = returned ? `${whatEn} was returned for revision` : `${whatEn} was acknowledged by the steering group`;
    const commentSv = version.reviewComment ? `Styrgruppens kommentar: ${version.reviewComment}` : 'Styrgruppen lämnade ingen kommentar.';
    const commentEn = version.reviewComment ? `The steering group's comment: ${version.reviewComment}` : 'The steering group left no comment.';
    await this.tell(tx, {
      recipients: authors,
      reportId: report.id,
      path: pagePaths.report(report.id),
      cause: `report-${outcome.toLowerCase()}:${version.id}`,
      messageKey: `report-${outcome.toLowerCase()}.${version.id}`,
      texts: {
        [Language.SV]: {
          title: titleSv,
          body: commentSv,
          text: [`${titleSv}.`, commentSv],
          linkLead: returned ? 'Komplettera den och skicka in den igen i Samverkan:' : 'Läs den i Samverkan:',
        },
        [Language.EN]: {
          title: titleEn,
          body: commentEn,
          text: [`${titleEn}.`, commentEn],
          linkLead: returned ? 'Revise it and submit it again in Samverkan:' : 'Read it in Samverkan:',
        },
      },
    });
  }

  private async tell(tx: EntityManager, notice: Notice): Promise<void> {
    if (notice.recipients.length === 0) return;
    await addNotifications(
      tx,
      notice.recipients.map(
        (recipient): NewNotification => ({
          recipientId: recipient.id,
          title: notice.texts[recipient.language].title,
          body: notice.texts[recipient.language].body,
          subjectType: 'REPORT',
          subjectId: notice.reportId,
          dueDate: null,
          sourceKey: `${notice.cause}:${recipient.id}`,
          delivery: NotificationDelivery.EMAIL,
        }),
      ),
    );
    const link = pageLink(this.config.publicUrl, notice.path);
    for (const language of Object.values(Language)) {
      const readers = notice.recipients.filter((recipient) => recipient.language === language);
      if (readers.length === 0) continue;
      const text = notice.texts[language];
      await this.outbox.add(tx, {
        jobName: JobName.SEND_EMAIL,
        payload: {
          to: readers.map((recipient) => recipient.email),
          subject: `Samverkan: ${text.title}`,
          text: [GREETING[language], '', ...text.text, '', `${text.linkLead} ${link}`].join('\n'),
          messageId: `<${notice.messageKey}${language === Language.SV ? '' : `.${language.toLowerCase()}`}@samverkan>`,
        },
      });
    }
  }
}
