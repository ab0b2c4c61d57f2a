import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DeliveryOutcome, NotificationPruner } from '@samverkan/notifications';
import { QUEUE_CONNECTION, QueueConnection, ReminderJobName, ScheduledQueueName } from '@samverkan/queue';
import { DelayedError, Job, Worker } from 'bullmq';
import { ReminderQueue } from '../queueing/reminder-queue';
import { ReminderReconciler } from '../reconciler/reminder-reconciler.service';
import { DeadlineRefresher } from '../refresh/deadline-refresher.service';
import { ReminderClock } from '../reminder-clock';
import { Batcher } from './batcher';
import { ReminderSender } from './reminder-sender.service';

/**
 * Jobs in progress per process. A reminder job mostly waits for the batch it
 * joined, so many can be in flight while few transactions run.
 */
export const REMINDER_CONCURRENCY = 1_000;
const SEND_BATCH = 500;
/** Send transactions at once per process, well below the connection pool (10 by default). */
const PARALLEL_SENDS = 3;

/** How often the reconciler runs, and how often each worker checks that the job schedulers are still in Redis. */
export const RECONCILE_EVERY_MS = 60_000;

type PeriodicJobName = ReminderJobName.RECONCILE | ReminderJobName.REFRESH_DEADLINES | ReminderJobName.PRUNE_NOTIFICATIONS;

/**
 * The periodic jobs, in the order a starting worker runs them, and how often
 * each runs after that on a BullMQ job scheduler of its own (whose id is the
 * job name). The reconciler and the refresh take a lock, so each runs once at
 * a time across workers; two prunes at once delete nothing twice.
 */
const PERIODIC_EVERY_MS: Readonly<Record<PeriodicJobName, number>> = {
  [ReminderJobName.RECONCILE]: RECONCILE_EVERY_MS,
  [ReminderJobName.REFRESH_DEADLINES]: 3_600_000,
  [ReminderJobName.PRUNE_NOTIFICATIONS]: 86_400_000,
};
const PERIODIC_JOBS = Object.keys(PERIODIC_EVERY_MS) as PeriodicJobName[];

/** The worker side of the reminders queue: sends reminders and digests when their jobs come due, and runs the periodic jobs. */
@Injectable()
export class ReminderWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReminderWorker.name);
  private readonly reminderBatches: Batcher<string, DeliveryOutcome>;
  private readonly periodic: Readonly<Record<PeriodicJobName, () => Promise<string | null>>>;
  private worker?: Worker;
  private watchdog?: NodeJS.Timeout;
  private startupPass: Promise<void> = Promise.resolve();

  constructor(
    @Inject(QUEUE_CONNECTION) private readonly connection: QueueConnection,
    private readonly queue: ReminderQueue,
    private readonly sender: ReminderSender,
    reconciler: ReminderReconciler,
    refresher: DeadlineRefresher,
    pruner: NotificationPruner,
    private readonly clock: ReminderClock,
  ) {
    this.reminderBatches = new Batcher((ids) => sender.sendReminders(ids), SEND_BATCH, PARALLEL_SENDS);
    // Each returns what is worth a log line, if anything.
    this.periodic = {
      [ReminderJobName.RECONCILE]: async () => {
        const summary = await reconciler.run();
        return summary && (summary.sent > 0 || summary.requeued > 0)
          ? `Reconciler sent ${summary.sent} overdue and re-enqueued ${summary.requeued} lost reminder job(s)`
          : null;
      },
      [ReminderJobName.REFRESH_DEADLINES]: async () => {
        await refresher.run();
        return null;
      },
      [ReminderJobName.PRUNE_NOTIFICATIONS]: async () => {
        const deleted = await pruner.prune();
        return deleted > 0 ? `Deleted ${deleted} notification(s) read longer ago than the retention period` : null;
      },
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    this.worker = new Worker(ScheduledQueueName.REMINDERS, (job, token) => this.process(job, token), {
      connection: this.connection.worker,
      prefix: this.connection.prefix,
      concurrency: REMINDER_CONCURRENCY,
    });
    this.worker.on('error', (error) => this.logger.error(`Worker for queue ${ScheduledQueueName.REMINDERS}: ${error.message}`));
    this.worker.on('failed', (job, error) => this.logger.warn(`Job ${job?.name} ${job?.id} failed: ${error.message}`));
    await Promise.all(PERIODIC_JOBS.map((name) => this.upsertScheduler(name)));
    // After a Redis flush the schedulers are gone too; each worker puts them back.
    this.watchdog = setInterval(() => void this.restoreSchedulers(), RECONCILE_EVERY_MS);
    this.startupPass = (async () => {
      for (const name of PERIODIC_JOBS) await this.runPeriodic(name);
    })();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.watchdog);
    await this.startupPass;
    await this.worker?.close();
  }

  private async process(job: Job, token: string | undefined): Promise<void> {
    switch (job.name) {
      case ReminderJobName.SEND_REMINDER:
        return this.settle(job, token, await this.reminderBatches.submit(job.id!));
      case ReminderJobName.SEND_DIGEST:
        return this.settle(job, token, await this.sender.sendDigest(job.id!));
      case ReminderJobName.RECONCILE:
      case ReminderJobName.REFRESH_DEADLINES:
      case ReminderJobName.PRUNE_NOTIFICATIONS:
        return this.runPeriodic(job.name);
      default:
        throw new Error(`No handler for job "${job.name}" on queue ${ScheduledQueueName.REMINDERS}`);
    }
  }

  /**
   * A job that woke before its row was due (the clock of the machine that
   * added it differs from this one's) sleeps again until this clock says it is.
   */
  private async settle(job: Job, token: string | undefined, outcome: DeliveryOutcome): Promise<void> {
    if (outcome.state !== 'NOT_DUE') return;
    await job.moveToDelayed(Date.now() + Math.max(1, this.clock.delayUntil(outcome.dueAt)), token);
    throw new DelayedError();
  }

  private async runPeriodic(name: PeriodicJobName): Promise<void> {
    try {
      const worthLogging = await this.periodic[name]();
      if (worthLogging) this.logger.warn(worthLogging);
    } catch (error) {
      this.logger.error(`Job ${name} failed, its next run tries again: ${(error as Error).message}`);
    }
  }

  private async upsertScheduler(name: PeriodicJobName): Promise<void> {
    try {
      await this.queue.queue.upsertJobScheduler(
        name,
        // The start-up pass has just run (or is running) the job; without a start date BullMQ would run a new scheduler's at once too.
        { every: PERIODIC_EVERY_MS[name], startDate: Date.now() + PERIODIC_EVERY_MS[name] },
        { name, opts: { removeOnComplete: true, removeOnFail: { count: 100 } } },
      );
    } catch (error) {
      this.logger.warn(`Could not set up the job scheduler of ${name}, trying again later: ${(error as Error).message}`);
    }
  }

  private async restoreSchedulers(): Promise<void> {
    for (const name of PERIODIC_JOBS) {
      let scheduler: unknown;
      try {
        scheduler = await this.queue.queue.getJobScheduler(name);
      } catch {
        return; // Redis is unreachable: nothing to restore into; the next check tries again.
      }
      if (scheduler) continue;
      // Redis lost it, and with it every job: run it now, as at start, rather than an interval from now.
      await this.upsertScheduler(name);
      await this.runPeriodic(name);
    }
  }
}
