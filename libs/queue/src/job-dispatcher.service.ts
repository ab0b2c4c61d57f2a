import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import { withLogContext } from '@samverkan/common';
import { Worker } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { JobHandlerRegistry } from './job-handler.registry';
import { describeError, isLastAttempt, retryDelayMs } from './outbox-retry.policy';
import { LockedMessage, OutboxRepository } from './outbox.repository';
import { QUEUE_CONNECTION, QueueConnection } from './queue-connection';
import { PERIODIC_JOBS, QueueName } from './queue.constants';

/**
 * Jobs run at once per queue and process. Each holds a database connection
 * while it runs (the row lock), so together they should fit in the pool;
 * jobs beyond it wait for a connection.
 */
export function queueConcurrency(config: AppConfig): Readonly<Record<QueueName, number>> {
  return {
    [QueueName.DELIVERY]: config.workerConcurrency,
    [QueueName.REPORT_COPIES]: config.reportCopiesConcurrency,
    [QueueName.REMINDERS]: config.workerConcurrency,
    // One upkeep job at a time per worker: each may hold locks on a whole plan.
    [QueueName.MAINTENANCE]: 1,
  };
}

/**
 * The upkeep jobs (a whole plan's deadlines) may run long while their
 * worker's event loop is busy, and nobody waits for them: a lock this long
 * keeps another worker from starting one again while it still runs. The
 * other queues use JOB_LOCK_MS, for a fast takeover after a crash.
 */
const MAINTENANCE_LOCK_MS = 120_000;

/** BullMQ's lock on a running job of the queue. */
export function jobLockMs(queue: QueueName, config: AppConfig): number {
  return queue === QueueName.MAINTENANCE ? Math.max(config.jobLockMs, MAINTENANCE_LOCK_MS) : config.jobLockMs;
}

/**
 * What BullMQ reports about a job whose Redis record changed under it, and
 * why it is no loss: the outbox row is the record, and its row lock keeps a
 * second run waiting until the first commits, then finds it completed.
 */
export function expectedJobTrouble(error: Error): string | null {
  if (/Missing key for job/.test(error.message)) {
    return 'a finished job was no longer in Redis (flushed or restarted); its outbox row holds the outcome';
  }
  if (/could not renew lock for job|Missing lock for job/.test(error.message)) {
    return `a job outlived its lock (its worker was too busy to renew it) and may be started again, which waits for its outbox row and finds it done: ${error.message}`;
  }
  return null;
}

/** One BullMQ worker per queue, routing each job to its handler by name. */
@Injectable()
export class JobDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobDispatcher.name);
  private workers: Worker[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly handlers: JobHandlerRegistry,
    @Inject(QUEUE_CONNECTION) private readonly connection: QueueConnection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const concurrency = queueConcurrency(this.config);
    this.workers = Object.values(QueueName).map((queue) => {
      const worker = new Worker(queue, (job) => this.run(job.id!), {
        connection: this.connection.worker,
        prefix: this.connection.prefix,
        concurrency: concurrency[queue],
        // A dead worker's lock runs out after lockDuration; the next stalled check (every stalledInterval) hands its jobs to another.
        lockDuration: jobLockMs(queue, this.config),
        stalledInterval: this.config.stalledCheckMs,
      });
      worker.on('error', (error) => {
        const expected = expectedJobTrouble(error);
        if (expected) this.logger.warn(`Queue ${queue}: ${expected}`);
        else this.logger.error(`Worker for queue ${queue}: ${error.message}`);
      });
      return worker;
    });
  }

  /** Waits for the jobs in progress; a job cut off by a crash instead is re-run by BullMQ or the relay. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
  }

  /**
   * Runs the handler for one outbox message, at most once to completion: the
   * row stays locked from the check to the completion mark, so a duplicate
   * job waits and then finds the message completed.
   */
  private async run(messageId: string): Promise<void> {
    await this.outbox.markStarted(this.dataSource.manager, messageId);
    const failure = await this.dataSource.transaction(async (tx) => {
      const message = await this.outbox.lockForHandling(tx, messageId);
      if (!message || message.completed) return null;
      // The job's log lines carry the id of the request whose mutation caused it.
      return withLogContext({ requestId: message.requestId ?? undefined, jobId: messageId }, () => this.handle(tx, messageId, message));
    });
    // Rethrown after the commit, so BullMQ counts the job as failed and the failure record stays.
    if (failure) throw failure;
  }

  /** Runs the handler on the locked message and records the outcome; returns the handler's error, if any. */
  private async handle(tx: EntityManager, messageId: string, message: LockedMessage): Promise<unknown> {
    try {
      const handler = this.handlers.get(message.jobName);
      // A savepoint: a failing handler's own writes are undone, the failure record is kept.
      await tx.transaction((handlerTx) => handler(message.payload, handlerTx));
    } catch (error) {
      const attempt = message.attempts + 1;
      const delayMs = isLastAttempt(message.jobName, attempt, message.maxAttempts) ? null : retryDelayMs(attempt);
      const reason = describeError(error);
      await this.outbox.markFailed(tx, messageId, reason, delayMs);
      const next = delayMs === null ? 'no attempts left, dead' : `retry in ${delayMs / 1000} s`;
      this.logger.warn(`Job ${message.jobName} ${messageId} failed (attempt ${attempt}), ${next}: ${reason}`);
      return error;
    }
    await this.outbox.markCompleted(tx, messageId);
    const periodic = message.periodicKey === null ? undefined : PERIODIC_JOBS.find((job) => job.jobName === message.periodicKey);
    if (periodic) await this.outbox.addNextRun(tx, periodic);
    this.logger.log(`Job ${message.jobName} ${messageId} completed`);
    return null;
  }
}
