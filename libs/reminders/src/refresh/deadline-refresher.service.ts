import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { runExclusively } from '@samverkan/common';
import { DataSource } from 'typeorm';
import { ReminderScheduler } from '../scheduling/reminder-scheduler.service';
import { DeadlineSources } from './deadline-source';

/** Held for the whole run, so one refresh runs at a time across every worker. */
const LOCK_NAME = 'samverkan.deadline-refresher';

export interface RefreshSummary {
  plans: number;
}

/**
 * Brings every plan's deadlines and reminders up to date with the plan as it
 * is now: the deadlines of every @DeadlineSource (so an annual report is
 * reminded of before anyone has opened it, and a new representative hears of
 * their agency's follow-ups), then the reminders of every open deadline
 * planned again (a new coordinator gets the escalations, a deactivated
 * account gets nothing more). Both steps only write what differs, so a run
 * over an unchanged plan writes nothing. Runs at worker start and on a
 * BullMQ job scheduler.
 */
@Injectable()
export class DeadlineRefresher {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sources: DeadlineSources,
    private readonly scheduler: ReminderScheduler,
  ) {}

  /** One pass; null when another worker's pass holds the lock. */
  run(): Promise<RefreshSummary | null> {
    return runExclusively(this.dataSource, LOCK_NAME, async () => {
      const plans: { id: string }[] = await this.dataSource.query(`SELECT id FROM plans ORDER BY id`);
      // A transaction per plan: a plan's deadlines and reminders change together, and no lock is held across plans.
      for (const { id } of plans) {
        await this.dataSource.transaction(async (tx) => {
          for (const source of this.sources.all()) await this.scheduler.sync(tx, await source.deadlinesOfPlan(tx, id));
          await this.scheduler.replanWhere(tx, id, null, null);
        });
      }
      return { plans: plans.length };
    });
  }
}
