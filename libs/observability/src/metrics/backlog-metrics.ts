import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueueName } from '@samverkan/queue';
import { Counter, Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { ObservedQueues } from '../queues/observed-queues';

const JOB_STATES = ['waiting', 'delayed', 'active', 'failed'] as const;
/** A scheduled reminder this long past its time is late: its outbox message should have sent it. */
const REMINDER_LATE_AFTER_SECONDS = 120;

interface QueueDepth {
  queue: string;
  counts: Record<string, number>;
}

interface OutboxRow {
  queue: string;
  backlog: number;
  dead: number;
  oldestAgeSeconds: number;
}

interface ReminderRow {
  state: string;
  count: number;
  late: number;
}

type Source<T> = () => Promise<T | null>;

/** Fills a gauge with one field of the outbox rows, 0 for a queue with nothing undelivered. */
function perOutboxQueue(field: 'backlog' | 'dead' | 'oldestAgeSeconds') {
  return (gauge: Gauge<'queue'>, rows: OutboxRow[]): void => {
    for (const queue of Object.values(QueueName)) gauge.set({ queue }, rows.find((row) => row.queue === queue)?.[field] ?? 0);
  };
}

/**
 * What is waiting to be done, read at each scrape: BullMQ queue depths, the
 * outbox backlog (the record of undelivered work) and reminders by state.
 * A source that cannot be read (Redis away) leaves its gauges empty and
 * counts the failure.
 */
@Injectable()
export class BacklogMetrics {
  private readonly logger = new Logger(BacklogMetrics.name);
  private readonly failures: Counter<'source'>;

  constructor(
    private readonly registry: Registry,
    private readonly queues: ObservedQueues,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.failures = new Counter({
      name: 'metrics_collection_failures_total',
      help: 'Scrapes in which a metrics source (queues, outbox, reminders) could not be read',
      labelNames: ['source'],
      registers: [registry],
    });
    const queueDepths = this.shared('queues', () => this.readQueueDepths());
    const outbox = this.shared('outbox', () => this.readOutbox());
    const reminders = this.shared('reminders', () => this.readReminders());

    this.gauge('queue_depth', 'BullMQ jobs per queue and state (waiting, delayed, active, failed)', ['queue', 'state'], queueDepths, (gauge, depths) => {
      for (const { queue, counts } of depths) for (const state of JOB_STATES) gauge.set({ queue, state }, counts[state] ?? 0);
    });
    this.gauge('outbox_backlog', 'Outbox messages not yet delivered, per queue (dead ones apart)', ['queue'], outbox, perOutboxQueue('backlog'));
    this.gauge('outbox_dead', 'Outbox messages that used up their attempts and wait for an operator', ['queue'], outbox, perOutboxQueue('dead'));
    this.gauge(
      'outbox_oldest_undelivered_age_seconds',
      'Age of the oldest outbox message not yet delivered, per queue (report copies: queue="report-copies")',
      ['queue'],
      outbox,
      perOutboxQueue('oldestAgeSeconds'),
    );
    this.gauge('reminders', 'Reminders by state (SCHEDULED: pending, SENT, CANCELLED)', ['state'], reminders, (gauge, rows) => {
      for (const row of rows) gauge.set({ state: row.state }, row.count);
    });
    this.gauge('reminders_late', `Scheduled reminders more than ${REMINDER_LATE_AFTER_SECONDS} s past their time`, [], reminders, (gauge, rows) => {
      gauge.set(rows.reduce((sum, row) => sum + row.late, 0));
    });
  }

  private gauge<L extends string, T>(name: string, help: string, labelNames: L[], source: Source<T>, fill: (gauge: Gauge<L>, data: T) => void): void {
    const gauge: Gauge<L> = new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      collect: async () => {
        const data = await source();
        gauge.reset();
        if (data !== null) fill(gauge, data);
      },
    });
  }

  /**
   * One read for all the gauges of a scrape: prom-client starts their collect
   * functions together, so they share the read in flight. Null (counted,
   * logged) when the source cannot be read.
   */
  private shared<T>(name: string, read: () => Promise<T>): Source<T> {
    let inFlight: Promise<T | null> | undefined;
    return () => {
      inFlight ??= read()
        .catch((error: unknown) => {
          this.failures.inc({ source: name });
          this.logger.warn(`Could not read ${name} for metrics: ${(error as Error).message}`);
          return null;
        })
        .finally(() => {
          inFlight = undefined;
        });
      return inFlight;
    };
  }

  private readQueueDepths(): Promise<QueueDepth[]> {
    return Promise.all(this.queues.all.map(async (queue) => ({ queue: queue.name, counts: await queue.getJobCounts(...JOB_STATES) })));
  }

  private readOutbox(): Promise<OutboxRow[]> {
    return this.dataSource.query(
      `SELECT queue,
              count(*) FILTER (WHERE dead_at IS NULL)::int AS backlog,
              count(*) FILTER (WHERE dead_at IS NOT NULL)::int AS dead,
              coalesce(extract(epoch FROM now() - min(created_at) FILTER (WHERE dead_at IS NULL)), 0)::float8 AS "oldestAgeSeconds"
         FROM outbox_messages
        WHERE completed_at IS NULL
        GROUP BY queue`,
    );
  }

  private readReminders(): Promise<ReminderRow[]> {
    return this.dataSource.query(
      `SELECT state, count(*)::int AS count,
              count(*) FILTER (WHERE state = 'SCHEDULED' AND due_at < now() - make_interval(secs => $1))::int AS late
         FROM reminders
        GROUP BY state`,
      [REMINDER_LATE_AFTER_SECONDS],
    );
  }
}
