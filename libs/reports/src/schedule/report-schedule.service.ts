import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditedTransaction } from '@samverkan/audit';
import { Action, Actor, CallContext, PolicyService } from '@samverkan/auth';
import { Clock, EntityNotFoundException, ErrorKind, LoaderRegistry, orderByKeys, swedishDate } from '@samverkan/common';
import { JobName, OutboxService } from '@samverkan/queue';
import { DataSource, EntityManager, In } from 'typeorm';
import { ReportsException, ReportsExceptionCode } from '../reports.exception';
import { PlanYearArgs } from '../reports/reports.args';
import { DEFAULT_DUE_MONTH_DAY, ReportSchedule, dueDateOf } from './report-schedule.entity';
import { ExpectedReport, SetReportDueDateInput } from './report-schedule.types';

/** When reports are due, and which expected ones are still missing. */
@Injectable()
export class ReportScheduleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audited: AuditedTransaction,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async dueMonthDay(tx: EntityManager | DataSource, planId: string): Promise<string> {
    const schedule = await tx.getRepository(ReportSchedule).findOneBy({ planId });
    return schedule?.dueMonthDay ?? DEFAULT_DUE_MONTH_DAY;
  }

  loadDueMonthDay(loaders: LoaderRegistry, planId: string): Promise<string> {
    return loaders
      .get<string, string>('reportSchedule.byPlan', async (planIds) =>
        orderByKeys(planIds, await this.dataSource.getRepository(ReportSchedule).findBy({ planId: In([...planIds]) }), (s) => s.planId).map(
          (schedule) => schedule?.dueMonthDay ?? DEFAULT_DUE_MONTH_DAY,
        ),
      )
      .load(planId);
  }

  /** Administrators: the day after year end by which the plan's annual reports are due. */
  setDueDate(call: CallContext, input: SetReportDueDateInput): Promise<ReportSchedule> {
    this.policy.assert(call.actor, Action.MANAGE_PLAN);
    const [month, day] = input.dueMonthDay.split('-').map(Number);
    // Checked against a common year, so the date exists every year (no 29 February).
    if (new Date(Date.UTC(2001, month! - 1, day)).getUTCDate() !== day) {
      throw new ReportsException(ReportsExceptionCode.INVALID_DUE_DATE, ErrorKind.BAD_USER_INPUT, `${input.dueMonthDay} is not a day of every year`, 'input.dueMonthDay');
    }
    return this.audited.run(call, 'reportSchedule.set', async (tx) => {
      if (!(await tx.existsBy('Plan', { id: input.planId }))) throw new EntityNotFoundException('Plan', input.planId, 'input.planId');
      const before = await tx.findOneBy(ReportSchedule, { planId: input.planId });
      const after = await tx.save(ReportSchedule, { planId: input.planId, dueMonthDay: input.dueMonthDay });
      // Every report deadline of the plan moves: the worker's refresh of the plan does it, outside this transaction.
      await this.outbox.add(tx, { jobName: JobName.REFRESH_DEADLINES, payload: { planId: input.planId } });
      return { result: after, entityType: 'ReportSchedule', entityId: input.planId, before, after };
    });
  }

  /**
   * The reports the plan expects for the year (every working group, every
   * member agency) that have no submitted version; working groups first.
   */
  async missing(actor: Actor | null, { planId, year }: PlanYearArgs): Promise<ExpectedReport[]> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    await this.assertYearOfPlan(planId, year);
    return this.expected(planId, [year], 'missing');
  }

  /** Every report the plan expects for the year, submitted or not, each with its state: the year's page of reports. */
  async ofYear(actor: Actor | null, { planId, year }: PlanYearArgs): Promise<ExpectedReport[]> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    await this.assertYearOfPlan(planId, year);
    return this.expected(planId, [year], 'all');
  }

  /**
   * For the steering group's overview: the expected reports of the year
   * (every year of the plan when null) that are missing, and those that
   * were submitted after their due date.
   */
  async missingOrLate(actor: Actor | null, planId: string, year: number | null): Promise<ExpectedReport[]> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    const plan = await this.planYears(planId);
    const years = year !== null ? [year] : Array.from({ length: plan.last - plan.first + 1 }, (_, index) => plan.first + index);
    return this.expected(planId, years, 'missingOrLate');
  }

  private async assertYearOfPlan(planId: string, year: number): Promise<void> {
    const plan = await this.planYears(planId);
    if (year < plan.first || year > plan.last) {
      throw new ReportsException(ReportsExceptionCode.YEAR_OUTSIDE_PLAN, ErrorKind.BAD_USER_INPUT, `year must lie within ${plan.first}–${plan.last}`, 'year');
    }
  }

  private async planYears(planId: string): Promise<{ first: number; last: number }> {
    const [plan]: { first: number; last: number }[] = await this.dataSource.query(
      `SELECT extract(year FROM period_start)::int AS first, extract(year FROM period_end)::int AS last FROM plans WHERE id = $1`,
      [planId],
    );
    if (!plan) throw new EntityNotFoundException('Plan', planId, 'planId');
    return plan;
  }

  /**
   * Year by year, working groups first, then member agencies: those not
   * submitted (missing), also those submitted late (missingOrLate), or all.
   */
  private async expected(planId: string, years: number[], which: 'missing' | 'missingOrLate' | 'all'): Promise<ExpectedReport[]> {
    const dueMonthDay = await this.dueMonthDay(this.dataSource, planId);
    const rows: (Omit<ExpectedReport, 'dueDate' | 'late'> & { submittedAt: Date | null })[] = await this.dataSource.query(
      `WITH years AS (SELECT unnest($2::int[]) AS year)
       SELECT kind, "groupId", "agencyId", "reportId", status, year, "submittedAt" FROM (
         SELECT 'WORKING_GROUP' AS kind, g.id AS "groupId", NULL::uuid AS "agencyId", r.id AS "reportId", r.status,
                r.first_submitted_at AS "submittedAt", y.year, 1 AS part, lpad(g.number::text, 6, '0') AS position
           FROM groups g
           CROSS JOIN years y
           LEFT JOIN reports r ON r.group_id = g.id AND r.year = y.year
          WHERE g.plan_id = $1 AND g.kind = 'WORKING'
         UNION ALL
         SELECT 'AGENCY_FOLLOW_UP', NULL, pa.agency_id, r.id, r.status, r.first_submitted_at, y.year, 2, a.code
           FROM plan_agencies pa
           JOIN agencies a ON a.id = pa.agency_id
           CROSS JOIN years y
           LEFT JOIN reports r ON r.plan_id = pa.plan_id AND r.agency_id = pa.agency_id AND r.year = y.year
          WHERE pa.plan_id = $1 AND pa.role = 'MEMBER'
       ) expected
       WHERE "submittedAt" IS NULL OR $3
       ORDER BY year, part, position`,
      [planId, years, which !== 'missing'],
    );
    // Late from the day after the due date, by the Swedish calendar.
    const today = this.clock.today();
    return rows.flatMap((row) => {
      const dueDate = dueDateOf(row.year, dueMonthDay);
      if (row.submittedAt === null) return [{ ...row, dueDate, late: today > dueDate }];
      // Submitted: late when it came in after the day it was due; the overview lists only those.
      const late = swedishDate(row.submittedAt) > dueDate;
      return late || which === 'all' ? [{ ...row, dueDate, late }] : [];
    });
  }
}
