import { Injectable } from '@nestjs/common';
import { AuditedTransaction } from '@samverkan/audit';
import { Action, CallContext, PolicyService } from '@samverkan/auth';
import { EntityNotFoundException, ErrorKind } from '@samverkan/common';
import { ReminderScheduler } from '@samverkan/reminders';
import { EntityManager } from 'typeorm';
import { loadPlanVocabulary } from '../content/plan-vocabulary';
import { ReportDocument, REPORT_DOCUMENT_FORMAT, documentSections, sealDocument } from '../content/report-document';
import { renderReportPdf } from '../content/report-pdf.renderer';
import { missingParts } from '../content/report-sections';
import { ReportCopiesService } from '../deliveries/report-copies.service';
import { ReportsException, ReportsExceptionCode } from '../reports.exception';
import { assertMayAuthor } from '../reports/report-access';
import { Report, ReportStatus } from '../reports/report.entity';
import { AcknowledgeReportInput, ReturnReportInput } from '../reports/report.inputs';
import { latestVersionOf, lockReport } from '../reports/reports.service';
import { ReportScheduleService } from '../schedule/report-schedule.service';
import { reportDeadlinesOf } from '../schedule/report-deadlines';
import { dueDateOf } from '../schedule/report-schedule.entity';
import { buildReportSnapshot } from '../snapshots/report-snapshot';
import { ReportVersion } from './report-version.entity';
import { ReportNotices } from './report-notices';

/** Submission by the author, and review by the steering group. */
@Injectable()
export class ReportWorkflowService {
  constructor(
    private readonly policy: PolicyService,
    private readonly audited: AuditedTransaction,
    private readonly copies: ReportCopiesService,
    private readonly schedule: ReportScheduleService,
    private readonly notices: ReportNotices,
    private readonly reminders: ReminderScheduler,
  ) {}

  /**
   * Freezes the draft: checks it is complete, takes the snapshot, seals the
   * JSON document with its SHA-256, renders the PDF, and in the same
   * transaction queues the copies and the steering group's notice.
   */
  submit(call: CallContext, reportId: string): Promise<ReportVersion> {
    return this.audited.run(call, 'report.submit', async (tx) => {
      const report = await lockReport(tx, reportId, 'id');
      assertMayAuthor(this.policy, call.actor, report);
      const draft = await latestVersionOf(tx, report);
      if (draft.status !== ReportStatus.DRAFT) {
        throw new ReportsException(
          ReportsExceptionCode.NOTHING_TO_SUBMIT,
          ErrorKind.CONFLICT,
          `Version ${draft.number} is already submitted; edit the report to start version ${draft.number + 1}`,
          'id',
        );
      }
      const vocabulary = await loadPlanVocabulary(tx, report.planId);
      const missing = missingParts(draft.sections, vocabulary);
      if (missing.length > 0) {
        throw new ReportsException(
          ReportsExceptionCode.INCOMPLETE,
          ErrorKind.BAD_USER_INPUT,
          `The report cannot be submitted yet: ${missing.map((part) => part.description).join('; ')}`,
          missing[0]!.field,
        );
      }
      const submittedAt = new Date();
      const document: ReportDocument = {
        format: REPORT_DOCUMENT_FORMAT,
        report: await this.describeReport(tx, report),
        version: {
          id: draft.id,
          number: draft.number,
          registrationNumber: draft.registrationNumber,
          submittedAt: submittedAt.toISOString(),
          submittedBy: await describePerson(tx, call.actor.userId),
        },
        sections: documentSections(draft.sections, vocabulary),
        snapshot: await buildReportSnapshot(tx, report),
      };
      const sealed = sealDocument(document);
      const pdf = await renderReportPdf(document, sealed.sha256, report.language);
      await tx.update(
        ReportVersion,
        { id: draft.id },
        {
          status: ReportStatus.SUBMITTED,
          submittedAt,
          submittedById: call.actor.userId,
          snapshot: document.snapshot,
          document: sealed.text,
          sha256: sealed.sha256,
          pdf,
        },
      );
      await tx.update(Report, { id: report.id }, { status: ReportStatus.SUBMITTED, firstSubmittedAt: report.firstSubmittedAt ?? submittedAt });
      await this.copies.queueCopies(tx, report.planId, draft.id);
      await this.notices.reportSubmitted(tx, document, sealed.sha256);
      await this.reminders.sync(tx, await reportDeadlinesOf(tx, report));
      const submitted = await tx.findOneByOrFail(ReportVersion, { id: draft.id });
      return {
        result: submitted,
        entityType: 'Report',
        entityId: report.id,
        before: { version: draft.number, status: draft.status },
        after: { version: draft.number, status: submitted.status, sha256: sealed.sha256 },
      };
    });
  }

  acknowledge(call: CallContext, input: AcknowledgeReportInput): Promise<ReportVersion> {
    return this.review(call, input.versionId, ReportStatus.ACKNOWLEDGED, input.comment ?? null);
  }

  returnForRevision(call: CallContext, input: ReturnReportInput): Promise<ReportVersion> {
    return this.review(call, input.versionId, ReportStatus.RETURNED, input.comment);
  }

  /** Steering-group members decide on a submitted version; the version's content stays frozen. */
  private review(
    call: CallContext,
    versionId: string,
    outcome: ReportStatus.ACKNOWLEDGED | ReportStatus.RETURNED,
    comment: string | null,
  ): Promise<ReportVersion> {
    this.policy.assert(call.actor, Action.REVIEW_REPORTS);
    return this.audited.run(call, outcome === ReportStatus.ACKNOWLEDGED ? 'report.acknowledge' : 'report.return', async (tx) => {
      const version = await tx.findOne(ReportVersion, { where: { id: versionId }, lock: { mode: 'pessimistic_write' } });
      if (!version) throw new EntityNotFoundException('ReportVersion', versionId, 'input.versionId');
      const report = await lockReport(tx, version.reportId, 'input.versionId');
      if (!mayReview(version, report, outcome)) {
        throw new ReportsException(
          ReportsExceptionCode.NOT_AWAITING_REVIEW,
          ErrorKind.CONFLICT,
          `Version ${version.number} is ${version.status}${version.number < report.latestVersion ? ` and version ${report.latestVersion} exists` : ''}; ` +
            'a SUBMITTED version can be acknowledged or returned, and a returned latest version acknowledged after all',
          'input.versionId',
        );
      }
      await tx.update(ReportVersion, { id: version.id }, { status: outcome, reviewedAt: new Date(), reviewedById: call.actor.userId, reviewComment: comment });
      // A newer draft keeps the report in DRAFT; the review then concerns an earlier version.
      if (report.latestVersion === version.number) await tx.update(Report, { id: report.id }, { status: outcome });
      await this.reminders.sync(tx, await reportDeadlinesOf(tx, report));
      const reviewed = await tx.findOneByOrFail(ReportVersion, { id: version.id });
      await this.notices.reportReviewed(tx, report, reviewed, outcome);
      return {
        result: reviewed,
        entityType: 'Report',
        entityId: report.id,
        before: { version: version.number, status: version.status },
        after: { version: version.number, status: outcome, comment },
      };
    });
  }

  private async describeReport(tx: EntityManager, report: Report): Promise<ReportDocument['report']> {
    const [row]: Pick<ReportDocument['report'], 'plan' | 'group' | 'agency'>[] = await tx.query(
      `SELECT json_build_object('id', p.id, 'key', p.key, 'title', p.title) AS plan,
              CASE WHEN g.id IS NULL THEN NULL ELSE json_build_object('id', g.id, 'number', g.number, 'name', g.name) END AS "group",
              CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('id', a.id, 'code', a.code, 'name', a.name_sv) END AS agency
         FROM plans p
         LEFT JOIN groups g ON g.id = $2
         LEFT JOIN agencies a ON a.id = $3
        WHERE p.id = $1`,
      [report.planId, report.groupId, report.agencyId],
    );
    return {
      id: report.id,
      kind: report.kind,
      year: report.year,
      dueDate: dueDateOf(report.year, await this.schedule.dueMonthDay(tx, report.planId)),
      ...row!,
    };
  }
}

/**
 * A submitted version is acknowledged or returned; a returned one that is
 * still the latest may be acknowledged after all (returned by mistake).
 */
function mayReview(version: ReportVersion, report: Report, outcome: ReportStatus): boolean {
  if (version.status === ReportStatus.SUBMITTED) return true;
  return version.status === ReportStatus.RETURNED && outcome === ReportStatus.ACKNOWLEDGED && version.number === report.latestVersion;
}

async function describePerson(tx: EntityManager, userId: string): Promise<ReportDocument['version']['submittedBy']> {
  const [person]: ReportDocument['version']['submittedBy'][] = await tx.query(
    `SELECT u.id, u.display_name AS name, a.code AS agency FROM users u JOIN agencies a ON a.id = u.agency_id WHERE u.id = $1`,
    [userId],
  );
  return person!;
}
