/**
 * Benchmark, not a test: schedules and delivers 100,000 in-app reminders
 * through the real scheduler, queue and worker, side by side in one run with
 * plain BullMQ jobs that do nothing, on the same Redis. Local only
 * (127.0.0.1). Run with
 *   npx jest --testRegex 'bench/reminders\.bench\.ts$' --testTimeout 1800000
 * It prints Markdown tables for docs/benchmarks.md.
 *
 * Two scenarios, each run for both:
 * - burst: all 100,000 due at one instant, the worst case of "everything at
 *   08:00". Scheduled (or added) while the queue is paused; delivery is
 *   timed from resuming it to the last one done.
 * - paced: 100,000 due at 08:00 on 50 days, in time running 43,200 times
 *   faster than real time (a day in 2 s), so 2,000 fall due together every
 *   2 s. Lateness is from the real due instant to the notification being
 *   written (the baseline: to the job starting). Redis memory is measured
 *   while all are pending.
 */
import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { QueueName } from '@samverkan/queue';
import { DeadlineInput, DeadlineKind, ReminderClock, ReminderScheduler, addDays, zonedTimeToInstant } from '@samverkan/reminders';
import { TestApi, newUser, startTestApi, testConfig } from '@samverkan/testing';
import { Job, Queue, Worker } from 'bullmq';
import Redis from 'ioredis';
import { createWorker } from '../apps/worker/src/worker.app';

/** BENCH_REMINDERS makes a quicker run; the documented figures use the default. */
const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 100_000);
const OWNERS = 100;
const OWNERS_PER_DEADLINE = 5;
const DEADLINES_PER_TRANSACTION = 1_000;
const PACED_DAYS = 50;
const PACED_SPEED = 43_200;
const REAL_MS_PER_DAY = 86_400_000 / PACED_SPEED;
const ZONE = 'Europe/Stockholm';
/** The baseline worker's concurrency: as many jobs in flight as the worker runs on the reminders queue (WORKER_CONCURRENCY's default). */
const BASELINE_CONCURRENCY = 4;

interface Result {
  scenario: 'burst' | 'paced';
  subject: string;
  /** Jobs added, or reminders scheduled (one whose time had passed when planned is skipped). */
  count: number;
  scheduleMs: number;
  deliverMs: number;
  /** Real milliseconds from due to done, sorted. */
  lateness?: number[];
  bytesPerPending?: number;
  /** What the queue holds in Redis once everything is done. */
  leftAfter?: { keys: number; bytes: number };
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const rate = (count: number, ms: number): number => Math.round((count * 1000) / ms);
const format = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

/** Bytes Redis holds under a prefix, key by key, so other users of the server do not count. */
async function redisBytes(redis: Redis, prefix: string): Promise<{ keys: number; bytes: number }> {
  let keys = 0;
  let bytes = 0;
  for await (const batch of redis.scanStream({ match: `${prefix}:*`, count: 1_000 })) {
    const names = batch as string[];
    if (names.length === 0) continue;
    const pipeline = redis.pipeline();
    for (const name of names) pipeline.memory('USAGE', name);
    for (const [, size] of (await pipeline.exec()) ?? []) bytes += Number(size ?? 0);
    keys += names.length;
  }
  return { keys, bytes };
}

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 900_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('reminders benchmark', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let redis: Redis;
  let remindersQueue: Queue;
  let owners: string[];
  let planId: string;
  let groupId: string;
  const results: Result[] = [];
  /** Real time scheduling took in the burst; the paced run leaves twice that before the first due date. */
  let burstScheduleMs = 30_000;

  beforeAll(async () => {
    api = await startTestApi({ config: { databasePoolSize: 20 } });
    redis = new Redis(api.redis.url);
    remindersQueue = new Queue(QueueName.REMINDERS, { connection: { url: api.redis.url }, prefix: api.redis.prefix });
    [{ planId, groupId }] = await api.dataSource.query(`SELECT plan_id AS "planId", id AS "groupId" FROM groups WHERE kind = 'WORKING' AND number = 3`);
    const [{ agencyId }] = await api.dataSource.query(`SELECT id AS "agencyId" FROM agencies WHERE code = 'FK'`);
    owners = [];
    for (let n = 0; n < OWNERS; n += 1) owners.push((await newUser(api.dataSource, { agencyId })).id);
    await api.dataSource.query(`INSERT INTO notification_settings (user_id, preference) SELECT unnest($1::uuid[]), 'IN_APP_ONLY'`, [owners]);
    // One reminder per owner, at 08:00 on the due date: each deadline makes five.
    await api.dataSource.query(
      `INSERT INTO reminder_rules (plan_id, group_id, deadline_kind, days_before, escalations, send_hour, send_minute, time_zone)
       VALUES ($1, NULL, 'ACTION_ITEM', '{0}', '[]', 8, 0, $2)`,
      [planId, ZONE],
    );
    worker = await createWorker(testConfig(api.db.url, api.redis.url, api.redis.prefix, { databasePoolSize: 20 }));
  }, 300_000);

  afterAll(async () => {
    console.log(renderTables(results));
    await worker?.close();
    await remindersQueue?.close();
    redis?.disconnect();
    await api?.close();
  });

  /** Both processes' reminder clocks. */
  function setClocks(now: () => Date, delayUntil: (at: Date) => number): void {
    for (const clock of [api.app.get(ReminderClock), worker.get(ReminderClock)]) {
      jest.spyOn(clock, 'now').mockImplementation(now);
      jest.spyOn(clock, 'delayUntil').mockImplementation(delayUntil);
    }
  }

  /** Schedules REMINDERS reminders through the scheduler, as the items module would, DEADLINES_PER_TRANSACTION deadlines per transaction. */
  async function schedule(dueDateOf: (deadline: number) => string): Promise<number> {
    const scheduler = api.app.get(ReminderScheduler);
    const started = Date.now();
    for (let start = 0; start < REMINDERS / OWNERS_PER_DEADLINE; start += DEADLINES_PER_TRANSACTION) {
      const batch: DeadlineInput[] = Array.from({ length: DEADLINES_PER_TRANSACTION }, (_, k) => ({
        kind: DeadlineKind.ACTION_ITEM,
        subjectId: randomUUID(),
        planId,
        groupId,
        title: `Bench item ${start + k}`,
        dueDate: dueDateOf(start + k),
        ownerIds: Array.from({ length: OWNERS_PER_DEADLINE }, (_, o) => owners[((start + k) * OWNERS_PER_DEADLINE + o) % OWNERS]!),
      }));
      await api.dataSource.transaction((tx) => scheduler.sync(tx, batch));
    }
    return Date.now() - started;
  }

  /** Waits for every reminder created since `since`; returns when the last notification was written and each one's lateness. */
  async function delivered(since: Date, realDueOf: (dueAt: Date) => number): Promise<{ lastAt: number; lateness: number[] }> {
    await until('the reminders', async () => (await api.dataSource.query(`SELECT count(*)::int AS n FROM reminders WHERE created_at >= $1 AND state <> 'SENT'`, [since]))[0].n === 0);
    const rows: { due_at: Date; written: Date }[] = await api.dataSource.query(
      `SELECT r.due_at, n.created_at AS written FROM reminders r JOIN notifications n ON n.source_key = 'reminder:' || r.id WHERE r.created_at >= $1`,
      [since],
    );
    return {
      lastAt: Math.max(...rows.map((row) => row.written.getTime())),
      lateness: rows.map((row) => row.written.getTime() - realDueOf(row.due_at)).sort((a, b) => a - b),
    };
  }

  /** Plain BullMQ jobs that do nothing, due at the same real instants, on a queue of their own with the same prefix. */
  async function baseline(scenario: Result['scenario'], realDueOf: (index: number) => number): Promise<void> {
    const queue = new Queue('bench-baseline', { connection: { url: api.redis.url }, prefix: api.redis.prefix });
    const prefix = `${api.redis.prefix}:bench-baseline`;
    const lateness: number[] = [];
    let lastAt = 0;
    const noop = new Worker('bench-baseline', async (job: Job<{ due: number }>) => void lateness.push(Date.now() - job.data.due), {
      connection: { url: api.redis.url, maxRetriesPerRequest: null },
      prefix: api.redis.prefix,
      concurrency: BASELINE_CONCURRENCY,
    });
    noop.on('completed', () => (lastAt = Date.now()));
    if (scenario === 'burst') await queue.pause();
    const before = await redisBytes(redis, prefix);
    const started = Date.now();
    for (let start = 0; start < REMINDERS; start += 1_000) {
      await queue.addBulk(
        Array.from({ length: 1_000 }, (_, k) => {
          const due = realDueOf(start + k);
          return { name: 'noop', data: { due }, opts: { delay: Math.max(0, due - Date.now()), removeOnComplete: true, removeOnFail: true } };
        }),
      );
    }
    const scheduleMs = Date.now() - started;
    const pending = await redisBytes(redis, prefix);
    const resumed = Date.now();
    if (scenario === 'burst') await queue.resume();
    await until('the baseline jobs', () => lateness.length === REMINDERS);
    await noop.close();
    results.push({
      scenario,
      subject: 'BullMQ no-op jobs (baseline)',
      count: REMINDERS,
      scheduleMs,
      deliverMs: (scenario === 'burst' ? lastAt - resumed : lastAt - started),
      lateness: lateness.sort((a, b) => a - b),
      bytesPerPending: scenario === 'paced' ? (pending.bytes - before.bytes) / REMINDERS : undefined,
      leftAfter: await redisBytes(redis, prefix),
    });
    await queue.obliterate({ force: true });
    await queue.close();
  }

  it('burst: 100,000 due at one instant', async () => {
    await baseline('burst', () => Date.now());

    const dueDate = '2031-03-31';
    const dueAt = zonedTimeToInstant(dueDate, 8, 0, ZONE);
    // Scheduled with the clock a moment before 08:00 on the due date; delivered once it is past.
    let offset: number | null = null;
    setClocks(
      () => new Date(offset === null ? dueAt.getTime() - 1 : Date.now() + offset),
      (at) => (offset === null ? 0 : Math.max(0, at.getTime() - Date.now() - offset)),
    );
    await remindersQueue.pause();
    const since = new Date();
    const scheduleMs = await schedule(() => dueDate);
    burstScheduleMs = scheduleMs;
    offset = dueAt.getTime() - Date.now();
    const resumed = Date.now();
    await remindersQueue.resume();
    const { lastAt, lateness } = await delivered(since, () => resumed);
    results.push({
      scenario: 'burst',
      subject: 'In-app reminders',
      count: lateness.length,
      scheduleMs,
      deliverMs: lastAt - resumed,
      lateness,
      leftAfter: await redisBytes(redis, `${api.redis.prefix}:${QueueName.REMINDERS}`),
    });
  });

  it('paced: 100,000 due at 08:00 on 50 days, a day in 2 s', async () => {
    const firstDay = '2032-01-10';
    const dueInstant = (day: number): Date => zonedTimeToInstant(addDays(firstDay, day), 8, 0, ZONE);
    // Room to schedule everything before the first day comes due (what is past when planned is skipped, and counted).
    const simOrigin = dueInstant(-Math.ceil((3 * burstScheduleMs + 10_000) / REAL_MS_PER_DAY)).getTime();

    const baselineOrigin = Date.now();
    await baseline('paced', (index) => baselineOrigin + (dueInstant(index % PACED_DAYS).getTime() - simOrigin) / PACED_SPEED);

    const realOrigin = Date.now();
    setClocks(
      () => new Date(simOrigin + (Date.now() - realOrigin) * PACED_SPEED),
      (at) => Math.max(0, (at.getTime() - simOrigin) / PACED_SPEED - (Date.now() - realOrigin)),
    );
    const prefix = `${api.redis.prefix}:${QueueName.REMINDERS}`;
    const before = await redisBytes(redis, prefix);
    const since = new Date();
    const scheduleMs = await schedule((deadline) => addDays(firstDay, deadline % PACED_DAYS));
    const pending = await redisBytes(redis, prefix);
    const { lastAt, lateness } = await delivered(since, (due) => realOrigin + (due.getTime() - simOrigin) / PACED_SPEED);
    results.push({
      scenario: 'paced',
      subject: 'In-app reminders',
      count: lateness.length,
      scheduleMs,
      deliverMs: lastAt - realOrigin,
      lateness,
      bytesPerPending: (pending.bytes - before.bytes) / REMINDERS,
      leftAfter: await redisBytes(redis, prefix),
    });
  });
});

function renderTables(results: Result[]): string {
  const lines: string[] = [];
  const burst = results.filter((r) => r.scenario === 'burst');
  const base = burst.find((r) => r.subject.startsWith('BullMQ'));
  lines.push('| burst, all due at once | count | schedule / add | per s | deliver | per s | total | per s | ratio to baseline |', '|---|---|---|---|---|---|---|---|---|');
  const baseRate = base ? rate(base.count, base.scheduleMs + base.deliverMs) : NaN;
  for (const r of burst) {
    const total = r.scheduleMs + r.deliverMs;
    lines.push(
      `| ${r.subject} | ${format(r.count)} | ${format(r.scheduleMs)} ms | ${format(rate(r.count, r.scheduleMs))} | ${format(r.deliverMs)} ms | ${format(rate(r.count, r.deliverMs))} | ${format(total)} ms | ${format(rate(r.count, total))} | ${(rate(r.count, total) / baseRate).toFixed(2)} |`,
    );
  }
  lines.push('', '| paced, 2% due every 2 s | count | schedule / add | Redis bytes per pending | lateness p50 | p95 | max | left in Redis after |', '|---|---|---|---|---|---|---|---|');
  for (const r of results.filter((x) => x.scenario === 'paced')) {
    const l = r.lateness!;
    lines.push(
      `| ${r.subject} | ${format(r.count)} | ${format(r.scheduleMs)} ms | ${format(r.bytesPerPending ?? NaN)} | ${format(percentile(l, 50))} ms | ${format(percentile(l, 95))} ms | ${format(l[l.length - 1]!)} ms | ${r.leftAfter!.keys} keys, ${format(r.leftAfter!.bytes)} bytes |`,
    );
  }
  return lines.join('\n');
}
