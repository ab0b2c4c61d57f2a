import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import { DataSource } from 'typeorm';
import { JobQueues } from './job-queues.service';
import { describeError } from './outbox-retry.policy';
import { OutboxWakeups } from './outbox-wakeups.listener';
import { OutboxRepository } from './outbox.repository';
import { PERIODIC_JOBS } from './queue.constants';

/** Messages claimed per transaction, so one pass never holds many locks for long. */
const BATCH_SIZE = 100;
/**
 * A relayed, uncompleted message is checked against Redis again after this
 * many poll intervals: long enough that a queued job is normally done by then,
 * short enough that a Redis flush delays delivery only briefly.
 */
const RECHECK_AFTER_POLLS = 10;

/**
 * Moves due outbox messages into BullMQ: at start, whenever PostgreSQL says
 * messages were written (OutboxWakeups), when the next delayed message falls
 * due, and every outboxPollMs for the rest (a lost notification). Re-enqueues
 * messages whose job Redis has lost: each after RECHECK_AFTER_POLLS, all at
 * once when Redis is seen to have lost its data. Safe to run in any number of
 * workers at once.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelayService.name);
  private timer?: NodeJS.Timeout;
  private pass: Promise<unknown> = Promise.resolve();
  private stopped = false;
  private running = false;
  /** Woken while a pass ran: its messages may have come after the pass's query, so another pass follows at once. */
  private wokenDuringPass = false;
  private lastCompletedPassAt: Date | null = null;
  private nextDueInMs: number | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly queues: JobQueues,
    private readonly wakeups: OutboxWakeups,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A starting worker runs every periodic job at once (each then every PERIODIC_JOBS interval), then relays. */
  async onApplicationBootstrap(): Promise<void> {
    await this.outbox.makePeriodicDue(this.dataSource.manager, PERIODIC_JOBS);
    this.poll();
    this.wakeups.listen(() => this.wake());
  }

  /** Lets a pass in progress finish; no new pass starts. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.pass;
  }

  /** When a pass last ran to the end; the worker is ready only while this is recent. */
  get lastPassAt(): Date | null {
    return this.lastCompletedPassAt;
  }

  private wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wokenDuringPass = true;
      return;
    }
    clearTimeout(this.timer);
    this.poll();
  }

  private poll(): void {
    this.running = true;
    this.wokenDuringPass = false;
    this.pass = this.relayDue()
      .then(() => {
        this.lastCompletedPassAt = new Date();
      })
      .catch((error: unknown) =>
        this.logger.error(`Outbox relay pass failed, next try in ${this.config.outboxPollMs} ms: ${describeError(error)}`),
      )
      .finally(() => {
        this.running = false;
        if (this.stopped) return;
        if (this.wokenDuringPass) this.poll();
        else this.timer = setTimeout(() => this.poll(), Math.min(this.config.outboxPollMs, this.nextDueInMs ?? Infinity));
      });
  }

  /** Relays every due message, a batch per transaction. */
  private async relayDue(): Promise<void> {
    // After a flush every relayed message is checked at once, not RECHECK_AFTER_POLLS later.
    const recheckAfterMs = (await this.queues.lostData()) ? 0 : RECHECK_AFTER_POLLS * this.config.outboxPollMs;
    // Fixed for the pass, so the messages it relays are not claimed again by its next batch.
    const relayedBefore = await this.outbox.recheckCutoff(this.dataSource.manager, recheckAfterMs);
    let claimed: number;
    do {
      claimed = await this.relayBatch(relayedBefore);
    } while (claimed === BATCH_SIZE && !this.stopped);
    // A delayed message (a reminder at 08:00) is relayed when it falls due, not up to a poll interval later.
    this.nextDueInMs = await this.outbox.nextDueInMs(this.dataSource.manager);
  }

  /**
   * The row locks are held while jobs are added: if the commit then fails,
   * the next pass adds the same job ids again, which BullMQ ignores.
   */
  private relayBatch(relayedBefore: Date): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const due = await this.outbox.claimDue(tx, BATCH_SIZE, relayedBefore);
      if (due.length === 0) return 0;
      const toEnqueue = await this.queues.withoutJob(due);
      await this.queues.enqueue(toEnqueue);
      await this.outbox.markRelayed(tx, due.map((message) => message.id));
      const lost = toEnqueue.filter((message) => message.relayed).length;
      if (lost > 0) this.logger.warn(`Re-enqueued ${lost} outbox message(s) whose job Redis no longer had`);
      return due.length;
    });
  }
}
