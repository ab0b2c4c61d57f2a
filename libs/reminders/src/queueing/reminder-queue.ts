import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { QUEUE_CONNECTION, QueueConnection, ReminderJobName, ScheduledQueueName } from '@samverkan/queue';
import { JobsOptions, Queue } from 'bullmq';
import type Redis from 'ioredis';
import { ReminderClock } from '../reminder-clock';

/** The jobs that stand for a row. */
export type RowJobName = ReminderJobName.SEND_REMINDER | ReminderJobName.SEND_DIGEST;

/** A row due at `dueAt` whose delayed job wakes a worker then. */
export interface RowJob {
  name: RowJobName;
  id: string;
  dueAt: Date;
}

/**
 * Finished jobs leave Redis at once; failed ones after a week (at most 1,000
 * kept), for an operator to look at. A failure leaves the row SCHEDULED,
 * and the reconciler sends it.
 */
export const ROW_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: true,
  removeOnFail: { age: 7 * 24 * 3600, count: 1_000 },
};

const ADD_BATCH = 1_000;

/** The producer side of the reminders queue, in the api and the worker. */
@Injectable()
export class ReminderQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(ReminderQueue.name);
  private opened?: Queue;

  constructor(
    @Inject(QUEUE_CONNECTION) private readonly connection: QueueConnection,
    private readonly clock: ReminderClock,
  ) {}

  /** Opened on first use, so a process that never schedules never connects. */
  get queue(): Queue {
    if (!this.opened) {
      this.opened = new Queue(ScheduledQueueName.REMINDERS, { connection: this.connection.producer, prefix: this.connection.prefix });
      // Without a listener a connection error would crash the process; the reconciler makes up for what fails.
      this.opened.on('error', (error) => this.logger.warn(`Queue ${ScheduledQueueName.REMINDERS}: ${error.message}`));
    }
    return this.opened;
  }

  /**
   * Adds each row's delayed job (job id = row id). BullMQ ignores an id it
   * already holds, so adding twice is harmless. Nothing is written back to
   * the row: whether Redis holds the job is Redis's to say, and the
   * reconciler asks it.
   */
  async enqueue(jobs: readonly RowJob[]): Promise<void> {
    for (let start = 0; start < jobs.length; start += ADD_BATCH) {
      await this.queue.addBulk(
        jobs
          .slice(start, start + ADD_BATCH)
          .map((job) => ({ name: job.name, data: {}, opts: { ...ROW_JOB_OPTIONS, jobId: job.id, delay: this.clock.delayUntil(job.dueAt) } })),
      );
    }
  }

  /** Drops the jobs of cancelled rows, so they do not sit in Redis until their time; a job left behind finds its row cancelled. */
  async remove(ids: readonly string[]): Promise<void> {
    await Promise.all(ids.map((id) => this.queue.remove(id)));
  }

  /** Which of the ids Redis holds a job for, in any state. */
  async withJob(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    // The queue's ioredis client (the Redis backend is built from our URL); BullMQ's own type declares too few commands.
    const client = (await this.queue.getBackend().client) as unknown as Redis;
    const pipeline = client.pipeline();
    for (const id of ids) pipeline.exists(this.queue.toKey(id));
    const replies = (await pipeline.exec()) ?? [];
    return new Set(ids.filter((_, index) => replies[index]?.[1] === 1));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.opened?.close();
  }
}
