import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DeliveryOutcome } from '@samverkan/notifications';
import { QUEUE_CONNECTION, QueueConnection, ReminderJobName, ScheduledQueueName } from '@samverkan/queue';
import { DelayedError, Job, Worker } from 'bullmq';
import { ReminderQueue } from '../queueing/reminder-queue';
import { ReminderReconciler } from '../reconciler/reminder-reconciler.service';
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

/** How often the reconciler runs, and how often each worker checks that its job scheduler is still in Redis. */
export const RECONCILE_EVERY_MS = 60_000;
const RECONCILE_SCHEDULER = 'reconcile-reminders';

/** The worker side of the reminders queue: sends reminders and digests when their jobs come due, and runs the reconciler. */
@Injectable()
export class ReminderWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReminderWorker.name);
  private readonly reminderBatches: Batcher<string, DeliveryOutcome>;
  private worker?: Worker;
  private watchdog?: NodeJS.Timeout;
  private startupPass: Promise<void> = Promise.resolve();

  constructor(
    @Inject(QUEUE_CONNECTION) private readonly connection: QueueConnection,
    private readonly queue: ReminderQueue,
    private readonly sender: ReminderSender,
    private readonly reconciler: ReminderReconciler,
    private readonly clock: ReminderClock,
  ) {
    this.reminderBatches = new Batcher((ids) => sender.sendReminders(ids), SEND_BATCH, PARALLEL_SENDS);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.worker = new Worker(ScheduledQueueName.REMINDERS, (job, token) => this.process(job, token), {
      connection: this.connection.worker,
      prefix: this.connection.prefix,
      concurrency: REMINDER_CONCURRENCY,
    });
    this.worker.on('error', (error) => this.logger.error(`Worker for queue ${ScheduledQueueName.REMINDERS}: ${error.message}`));
    this.worker.on('failed', (job, error) => this.logger.warn(`Job ${job?.name} ${job?.id} failed: ${error.message}`));
    await this.upsertReconcileScheduler();
    // After a Redis flush the scheduler is gone too; each worker puts it back.
    this.watchdog = setInterval(() => void this.restoreReconcileScheduler(), RECONCILE_EVERY_MS);
    this.startupPass = this.reconcile();
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
        return this.reconcile();
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

  private async reconcile(): Promise<void> {
    try {
      const summary = await this.reconciler.run();
      if (summary && (summary.sent > 0 || summary.requeued > 0)) {
        this.logger.warn(`Reconciler sent ${summary.sent} overdue and re-enqueued ${summary.requeued} lost reminder job(s)`);
      }
    } catch (error) {
      this.logger.error(`Reconciler pass failed, the next one tries again: ${(error as Error).message}`);
    }
  }

  private async upsertReconcileScheduler(): Promise<void> {
    try {
      await this.queue.queue.upsertJobScheduler(
        RECONCILE_SCHEDULER,
        { every: RECONCILE_EVERY_MS },
        { name: ReminderJobName.RECONCILE, opts: { removeOnComplete: true, removeOnFail: { count: 100 } } },
      );
    } catch (error) {
      this.logger.warn(`Could not set up the reconciler's job scheduler, trying again later: ${(error as Error).message}`);
    }
  }

  private async restoreReconcileScheduler(): Promise<void> {
    const scheduler = await this.queue.queue.getJobScheduler(RECONCILE_SCHEDULER).catch(() => null);
    if (!scheduler) await this.upsertReconcileScheduler();
  }
}
