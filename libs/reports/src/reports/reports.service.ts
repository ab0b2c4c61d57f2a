import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditedTransaction } from '@samverkan/audit';
import { Action, Actor, CallContext, PolicyService } from '@samverkan/auth';
import {
  Connection,
  EntityNotFoundException,
  ErrorKind,
  InvalidInputException,
  LoaderRegistry,
  assertReferenceExists,
  decodeCursor,
  encodeCursor,
  groupByKeys,
  orderByKeys,
  toConnection,
} from '@samverkan/common';
import { parseQueryArgs } from '@samverkan/plan';
import { ReminderScheduler } from '@samverkan/reminders';
import { EntityManager, In, Repository } from 'typeorm';
import { loadPlanVocabulary } from '../content/plan-vocabulary';
import { applyEdit } from '../content/report-edit';
import { EMPTY_SECTIONS } from '../content/report-sections';
import { ReportsException, ReportsExceptionCode } from '../reports.exception';
import { reportDeadlinesOf } from '../schedule/report-deadlines';
import { ReportVersion } from '../versions/report-version.entity';
import { assertMayAuthor } from './report-access';
import { Report, ReportKind, ReportStatus } from './report.entity';
import { CreateReportInput, EditReportInput } from './report.inputs';
import { ReportVersionPdfArgs, ReportsArgs } from './reports.args';

const FILTER_COLUMNS = [
  ['planId', 'plan_id'],
  ['year', 'year'],
  ['kind', 'kind'],
  ['groupId', 'group_id'],
  ['agencyId', 'agency_id'],
  ['status', 'status'],
] as const;

/** The report row, locked for the rest of the transaction; NOT_FOUND on `field` when there is none. */
export async function lockReport(tx: EntityManager, id: string, field: string): Promise<Report> {
  const report = await tx.findOne(Report, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!report) throw new EntityNotFoundException('Report', id, field);
  return report;
}

export async function latestVersionOf(tx: EntityManager, report: Report): Promise<ReportVersion> {
  return tx.findOneByOrFail(ReportVersion, { reportId: report.id, number: report.latestVersion });
}

/** Reports and their versions: listing, creating and editing drafts. */
@Injectable()
export class ReportsService {
  constructor(
    @InjectRepository(Report) private readonly reports: Repository<Report>,
    @InjectRepository(ReportVersion) private readonly versions: Repository<ReportVersion>,
    private readonly policy: PolicyService,
    private readonly audited: AuditedTransaction,
    private readonly reminders: ReminderScheduler,
  ) {}

  /** Ordered by year, then id; the cursor is that pair. */
  async list(actor: Actor | null, args: ReportsArgs): Promise<Connection<Report>> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    const after = args.after === undefined ? null : decodeCursor(args.after, 2);
    if (args.after !== undefined && after === null) throw new InvalidInputException('after', 'after is not a valid cursor');
    const query = this.reports.createQueryBuilder('r').orderBy('r.year', 'ASC').addOrderBy('r.id', 'ASC');
    for (const [filter, column] of FILTER_COLUMNS) {
      if (args[filter] !== undefined) query.andWhere(`r.${column} = :${filter}`, { [filter]: args[filter] });
    }
    const totalCount = await query.clone().getCount();
    if (after) query.andWhere('(r.year, r.id) > (:afterYear, :afterId)', { afterYear: after[0], afterId: after[1] });
    const rows = await query.take(args.first + 1).getMany();
    return toConnection(rows, args.first, totalCount, (r) => encodeCursor([r.year, r.id]));
  }

  async get(actor: Actor | null, id: string): Promise<Report> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    const report = await this.reports.findOneBy({ id });
    if (!report) throw new EntityNotFoundException('Report', id, 'id');
    return report;
  }

  async getVersion(actor: Actor | null, id: string): Promise<ReportVersion> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    const version = await this.versions.findOneBy({ id });
    if (!version) throw new EntityNotFoundException('ReportVersion', id, 'id');
    return version;
  }

  load(loaders: LoaderRegistry, id: string): Promise<Report | null> {
    return loaders
      .get<string, Report | null>('report.byId', async (ids) => orderByKeys(ids, await this.reports.findBy({ id: In([...ids]) }), (r) => r.id))
      .load(id);
  }

  /** A report's versions, oldest first. */
  loadVersions(loaders: LoaderRegistry, reportId: string): Promise<ReportVersion[]> {
    return loaders
      .get<string, ReportVersion[]>('reportVersion.byReport', async (reportIds) =>
        groupByKeys(reportIds, await this.versions.find({ where: { reportId: In([...reportIds]) }, order: { number: 'ASC' } }), (v) => v.reportId),
      )
      .load(reportId);
  }

  loadVersion(loaders: LoaderRegistry, id: string): Promise<ReportVersion | null> {
    return loaders
      .get<string, ReportVersion | null>('reportVersion.byId', async (ids) =>
        orderByKeys(ids, await this.versions.findBy({ id: In([...ids]) }), (v) => v.id),
      )
      .load(id);
  }

  /** The rendered PDF of a submitted version, fetched only for the versions asked about. */
  loadPdf(loaders: LoaderRegistry, versionId: string): Promise<Buffer | null> {
    return loaders
      .get<string, Buffer | null>('reportVersion.pdf', async (ids) => {
        const rows: { id: string; pdf: Buffer | null }[] = await this.versions.query(
          `SELECT id, pdf FROM report_versions WHERE id = ANY($1::uuid[])`,
          [[...ids]],
        );
        return orderByKeys(ids, rows, (row) => row.id).map((row) => row?.pdf ?? null);
      })
      .load(versionId);
  }

  /** A submitted version's PDF to download, named by the report's year and the version's number. */
  async versionPdf(actor: Actor | null, query: Record<string, unknown>): Promise<{ pdf: Buffer; fileName: string }> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    const { versionId } = await parseQueryArgs(ReportVersionPdfArgs, query);
    const [row]: { pdf: Buffer | null; number: number; year: number }[] = await this.versions.query(
      `SELECT v.pdf, v.number, r.year FROM report_versions v JOIN reports r ON r.id = v.report_id WHERE v.id = $1`,
      [versionId],
    );
    if (!row?.pdf) throw new EntityNotFoundException('ReportVersion', versionId, 'versionId');
    return { pdf: row.pdf, fileName: `rapport-${row.year}-version-${row.number}.pdf` };
  }

  create(call: CallContext, input: CreateReportInput): Promise<Report> {
    const author = authorOf(input);
    assertMayAuthor(this.policy, call.actor, { kind: input.kind, ...author });
    return this.audited.run(call, 'report.create', async (tx) => {
      await assertReferenceExists(tx, 'plans', input.planId, 'input.planId');
      await assertExpected(tx, input);
      if (await tx.existsBy(Report, { planId: input.planId, year: input.year, ...(author.groupId ? { groupId: author.groupId } : { agencyId: author.agencyId! }) })) {
        throw new ReportsException(ReportsExceptionCode.REPORT_EXISTS, ErrorKind.CONFLICT, `That report for ${input.year} already exists`, 'input.year');
      }
      const report = await tx.save(
        tx.create(Report, { planId: input.planId, year: input.year, kind: input.kind, ...author, status: ReportStatus.DRAFT, latestVersion: 1 }),
      );
      await tx.insert(ReportVersion, { reportId: report.id, number: 1, status: ReportStatus.DRAFT, sections: EMPTY_SECTIONS, createdById: call.actor.userId });
      await this.reminders.sync(tx, await reportDeadlinesOf(tx, report));
      return { result: report, entityType: 'Report', entityId: report.id, before: null, after: report };
    });
  }

  /**
   * Edits the report's draft. When the latest version is already submitted
   * (frozen), the edit starts the next version from it instead.
   */
  edit(call: CallContext, input: EditReportInput): Promise<ReportVersion> {
    return this.audited.run(call, 'report.edit', async (tx) => {
      const report = await lockReport(tx, input.reportId, 'input.reportId');
      assertMayAuthor(this.policy, call.actor, report);
      const latest = await latestVersionOf(tx, report);
      // Two people editing the same draft: the later save, based on what the other has since replaced, must not overwrite it.
      if (input.basedOn && input.basedOn.getTime() !== latest.updatedAt.getTime()) {
        throw new ReportsException(
          ReportsExceptionCode.EDIT_CONFLICT,
          ErrorKind.CONFLICT,
          `Version ${latest.number} was changed at ${latest.updatedAt.toISOString()}, after the state this edit is based on; reload it and edit again`,
          'input.basedOn',
        );
      }
      const sections = applyEdit(latest.sections, input, await loadPlanVocabulary(tx, report.planId));
      const registrationNumber = input.registrationNumber === undefined ? latest.registrationNumber : input.registrationNumber;
      const language = input.language ?? report.language;
      if (language !== report.language) await tx.update(Report, { id: report.id }, { language });
      let draft: ReportVersion;
      if (latest.status === ReportStatus.DRAFT) {
        await tx.update(ReportVersion, { id: latest.id }, { sections, registrationNumber });
        draft = await tx.findOneByOrFail(ReportVersion, { id: latest.id });
      } else {
        draft = await tx.save(
          tx.create(ReportVersion, {
            reportId: report.id,
            number: latest.number + 1,
            status: ReportStatus.DRAFT,
            sections,
            registrationNumber,
            createdById: call.actor.userId,
          }),
        );
        await tx.update(Report, { id: report.id }, { latestVersion: draft.number, status: ReportStatus.DRAFT });
      }
      return {
        result: draft,
        entityType: 'Report',
        entityId: report.id,
        before: { version: latest.number, language: report.language, registrationNumber: latest.registrationNumber, sections: latest.sections },
        after: { version: draft.number, language, registrationNumber, sections },
      };
    });
  }
}

function authorOf(input: CreateReportInput): { groupId: string | null; agencyId: string | null } {
  if (input.kind === ReportKind.WORKING_GROUP) {
    if (!input.groupId) throw new InvalidInputException('input.groupId', 'A working-group report needs groupId');
    if (input.agencyId) throw new InvalidInputException('input.agencyId', 'A working-group report has no agencyId');
    return { groupId: input.groupId, agencyId: null };
  }
  if (!input.agencyId) throw new InvalidInputException('input.agencyId', 'A goal follow-up needs agencyId');
  if (input.groupId) throw new InvalidInputException('input.groupId', 'A goal follow-up has no groupId');
  return { groupId: null, agencyId: input.agencyId };
}

/** The year lies in the plan period, and the plan expects a report from this group or agency. */
async function assertExpected(tx: EntityManager, input: CreateReportInput): Promise<void> {
  const [period]: { first: number; last: number }[] = await tx.query(
    `SELECT extract(year FROM period_start)::int AS first, extract(year FROM period_end)::int AS last FROM plans WHERE id = $1`,
    [input.planId],
  );
  if (input.year < period!.first || input.year > period!.last) {
    throw new ReportsException(ReportsExceptionCode.YEAR_OUTSIDE_PLAN, ErrorKind.BAD_USER_INPUT, `year must lie within ${period!.first}–${period!.last}`, 'input.year');
  }
  const expected: unknown[] =
    input.kind === ReportKind.WORKING_GROUP
      ? await tx.query(`SELECT 1 FROM groups WHERE id = $1 AND plan_id = $2 AND kind = 'WORKING'`, [input.groupId, input.planId])
      : await tx.query(`SELECT 1 FROM plan_agencies WHERE agency_id = $1 AND plan_id = $2 AND role = 'MEMBER'`, [input.agencyId, input.planId]);
  if (expected.length === 0) {
    const field = input.kind === ReportKind.WORKING_GROUP ? 'input.groupId' : 'input.agencyId';
    const what = input.kind === ReportKind.WORKING_GROUP ? 'a working group of the plan' : 'a member agency of the plan';
    throw new ReportsException(ReportsExceptionCode.NOT_EXPECTED, ErrorKind.BAD_USER_INPUT, `${field} is not ${what}`, field);
  }
}
