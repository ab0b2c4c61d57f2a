import { Injectable } from '@nestjs/common';
import { HandlesJob, JobName, OutboxService, RefreshDeadlinesPayload } from '@samverkan/queue';
import { EntityManager } from 'typeorm';
import { ReminderScheduler } from '../scheduling/reminder-scheduler.service';
import { DeadlineSources } from './deadline-source';

/**
 * Brings a plan's deadlines and reminders up to date with the plan as it is
 * now: the deadlines of every @DeadlineSource (so an annual report is
 * reminded of before anyone has opened it, and a new representative hears
 * of their agency's follow-ups), then the reminders of every open deadline
 * planned again (a new coordinator gets the escalations, a deactivated
 * account gets nothing more). Both steps only write what differs, so a run
 * over an unchanged plan writes nothing.
 *
 * Runs only in the worker, as the outbox job refresh-deadlines: hourly for
 * every plan (PERIODIC_JOBS), and for one plan when a change affects all of
 * its deadlines (a new due date for its reports). Never in a request's
 * transaction, so a request never waits on a whole plan's rows.
 */
@Injectable()
export class DeadlineRefresher {
  constructor(
    private readonly sources: DeadlineSources,
    private readonly scheduler: ReminderScheduler,
    private readonly outbox: OutboxService,
  ) {}

  /** Every plan: a job per plan, so each plan's rows are locked only for its own transaction. */
  @HandlesJob(JobName.REFRESH_DEADLINES)
  async refresh({ planId }: RefreshDeadlinesPayload, tx: EntityManager): Promise<void> {
    if (planId !== null) return this.refreshPlan(tx, planId);
    const plans: { id: string }[] = await tx.query(`SELECT id FROM plans ORDER BY id`);
    await this.outbox.addMany(
      tx,
      plans.map((plan) => ({ jobName: JobName.REFRESH_DEADLINES, payload: { planId: plan.id } })),
    );
  }

  /** One plan, one refresh at a time across every worker (a transaction-scoped lock on the plan). */
  async refreshPlan(tx: EntityManager, planId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('samverkan.deadline-refresh'), hashtext($1))`, [planId]);
    for (const source of this.sources.all()) await this.scheduler.sync(tx, await source.deadlinesOfPlan(tx, planId));
    await this.scheduler.replanWhere(tx, planId, null, null);
  }
}
