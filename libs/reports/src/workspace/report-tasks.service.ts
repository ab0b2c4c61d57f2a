import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, MembershipRole, UserRole, isSteeringMember } from '@samverkan/auth';
import { orderByKeys, pagePaths } from '@samverkan/common';
import { In, Repository } from 'typeorm';
import { Report, ReportKind, ReportStatus } from '../reports/report.entity';
import { ReportVersion } from '../versions/report-version.entity';
import { ReportTask } from './report-task.type';

/** A plan has a report per group and member agency and year: a few dozen at most, bounded all the same. */
const MAX_TASKS = 100;

/**
 * The reports waiting for one person in a plan: those returned to them as
 * authors (the group's coordinator, the agency's representatives) and not
 * yet resubmitted, and, for steering-group members, the submitted versions
 * not yet acknowledged or returned.
 */
@Injectable()
export class ReportTasksService {
  constructor(
    @InjectRepository(Report) private readonly reports: Repository<Report>,
    @InjectRepository(ReportVersion) private readonly versions: Repository<ReportVersion>,
  ) {}

  async returnedTo(actor: Actor, planId: string): Promise<ReportTask[]> {
    const coordinated = actor.memberships.filter((m) => m.role === MembershipRole.COORDINATOR).map((m) => m.groupId);
    const representsAgency = actor.roles.includes(UserRole.AGENCY_REPRESENTATIVE);
    const rows: { version_id: string }[] = await this.versions.query(
      `SELECT DISTINCT ON (r.id) v.id AS version_id
         FROM reports r
         JOIN report_versions v ON v.report_id = r.id AND v.status = $1
        WHERE r.plan_id = $2
          AND ((r.kind = $3 AND r.group_id = ANY($4::uuid[])) OR (r.kind = $5 AND $6 AND r.agency_id = $7))
          AND NOT EXISTS (SELECT 1 FROM report_versions later WHERE later.report_id = r.id AND later.number > v.number AND later.submitted_at IS NOT NULL)
        ORDER BY r.id, v.number DESC
        LIMIT $8`,
      [ReportStatus.RETURNED, planId, ReportKind.WORKING_GROUP, coordinated, ReportKind.AGENCY_FOLLOW_UP, representsAgency, actor.agencyId, MAX_TASKS],
    );
    return this.tasks(rows.map((row) => row.version_id), pagePaths.report);
  }

  /** In one plan, or in every plan when planId is null (the review inbox). */
  async awaitingReview(actor: Actor, planId: string | null): Promise<ReportTask[]> {
    if (!isSteeringMember(actor)) return [];
    const rows: { version_id: string }[] = await this.versions.query(
      `SELECT v.id AS version_id
         FROM report_versions v JOIN reports r ON r.id = v.report_id
        WHERE ($1::uuid IS NULL OR r.plan_id = $1) AND v.status = $2
        ORDER BY v.submitted_at, v.id
        LIMIT $3`,
      [planId, ReportStatus.SUBMITTED, MAX_TASKS],
    );
    return this.tasks(rows.map((row) => row.version_id), pagePaths.reportReview);
  }

  /** The versions and their reports in two statements, in the order given. */
  private async tasks(versionIds: string[], pathOf: (reportId: string) => string): Promise<ReportTask[]> {
    if (versionIds.length === 0) return [];
    const versions = orderByKeys(versionIds, await this.versions.findBy({ id: In(versionIds) }), (v) => v.id);
    const reportIds = versions.map((v) => v!.reportId);
    const reports = orderByKeys(reportIds, await this.reports.findBy({ id: In(reportIds) }), (r) => r.id);
    return versions.map((version, index) => ({ version: version!, report: reports[index]!, path: pathOf(version!.reportId) }));
  }
}
