/**
 * Benchmark, not a test: 1,000 report submissions in a burst against a local
 * SMTP server; time from each submission's commit to its copy being accepted.
 * Local only (127.0.0.1), bounded in count and time. Run with
 *   BENCH_WORKERS=2 npx jest --testRegex 'bench/report-copies\.bench\.ts$' --testTimeout 900000
 * (worker processes: BENCH_WORKERS, default 1). For the connection-per-message
 * behaviour of before, add SMTP_MAX_MESSAGES_PER_CONNECTION=1 SMTP_MAX_CONNECTIONS=100
 * REPORT_COPIES_CONCURRENCY=4.
 * It prints a Markdown table for docs/benchmarks.md.
 */
import { ChildProcess } from 'node:child_process';
import { CallContext, GroupKind, MembershipRole } from '@samverkan/auth';
import { User } from '@samverkan/organisation';
import { ReportKind, ReportWorkflowService, ReportsService } from '@samverkan/reports';
import { TestApi, newGroup, newMembership, newPlan, startTestApi } from '@samverkan/testing';
import { DataSource } from 'typeorm';
import { BuiltWorker } from '../test/reports/support/built-worker';
import { CopyMailbox } from '../test/reports/support/copy-receivers';
import { SeededPlan, completeSections, seededPlan, waitFor } from '../test/reports/support/reports-api';

const SUBMISSIONS = 1_000;
/** Submissions in flight at once, as from that many people pressing submit. */
const CONCURRENCY = 8;
/**
 * The reports are spread over plans of one working group each: every report
 * mutation re-plans the reminder deadlines of its whole plan (all groups and
 * years) under their row locks, so 1,000 reports in one plan would make each
 * submission take over a second, one plan-wide lock at a time.
 */
const PLANS = 50;
const FIRST_YEAR = 2000;
/** Years of reports per plan in each of the two runs (burst, backlog). */
const YEARS_PER_RUN = SUBMISSIONS / PLANS;
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
/**
 * The worker's settings: a pool with a connection for every job it may run at
 * once (4 + 8), the relay and the reminders; the tuning variables, when set
 * for the benchmark, are passed on.
 */
const WORKER_SETTINGS: Record<string, string> = {
  DATABASE_POOL_SIZE: '20',
  ...Object.fromEntries(
    ['DATABASE_POOL_SIZE', 'WORKER_CONCURRENCY', 'REPORT_COPIES_CONCURRENCY', 'SMTP_MAX_CONNECTIONS', 'SMTP_MAX_MESSAGES_PER_CONNECTION']
      .filter((name) => process.env[name] !== undefined)
      .map((name) => [name, process.env[name]!]),
  ),
};

/** Progress on stderr, so a slow phase shows while it runs. */
function progress(line: string): void {
  process.stderr.write(`[bench ${new Date().toISOString()}] ${line}\n`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Runs `work` on every item, `concurrency` at a time. */
async function inParallel<T>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index]!, index);
      }
    }),
  );
}

/**
 * A plan like the seeded one — its development areas, perspectives,
 * coordinating agency (who gets the copies) and steering group (who gets the
 * notice) — with one working group coordinated by `coordinator`.
 */
async function benchPlan(ds: DataSource, seeded: SeededPlan, coordinator: User, n: number): Promise<SeededPlan> {
  const plan = await newPlan(ds, { periodStart: `${FIRST_YEAR}-01-01`, periodEnd: `${FIRST_YEAR + 2 * YEARS_PER_RUN - 1}-12-31` });
  await ds.query(`INSERT INTO development_areas (plan_id, number, title) SELECT $1, number, title FROM development_areas WHERE plan_id = $2`, [plan.id, seeded.planId]);
  await ds.query(`INSERT INTO perspectives (plan_id, code, title, description) SELECT $1, code, title, description FROM perspectives WHERE plan_id = $2`, [plan.id, seeded.planId]);
  await ds.query(`INSERT INTO plan_agencies (plan_id, agency_id, role) SELECT $1, agency_id, role FROM plan_agencies WHERE plan_id = $2 AND role = 'COORDINATOR'`, [plan.id, seeded.planId]);
  const [steering]: { id: string }[] = await ds.query(
    `INSERT INTO groups (plan_id, kind, number, name, focus) SELECT $1, kind, number, name, focus FROM groups WHERE plan_id = $2 AND kind = 'STEERING' RETURNING id`,
    [plan.id, seeded.planId],
  );
  await ds.query(
    `INSERT INTO memberships (group_id, user_id, role) SELECT $1, m.user_id, m.role FROM memberships m JOIN groups g ON g.id = m.group_id WHERE g.plan_id = $2 AND g.kind = 'STEERING'`,
    [steering!.id, seeded.planId],
  );
  const group = await newGroup(ds, { planId: plan.id, number: 1, name: `Bench group ${n}`, coordinatingAgencyId: coordinator.agencyId });
  await newMembership(ds, group.id, coordinator.id, MembershipRole.COORDINATOR);
  const [areas, perspectives] = await Promise.all([
    ds.query(`SELECT id, number FROM development_areas WHERE plan_id = $1 ORDER BY number`, [plan.id]),
    ds.query(`SELECT id, code FROM perspectives WHERE plan_id = $1 ORDER BY code`, [plan.id]),
  ]);
  return { planId: plan.id, groups: { 1: group.id }, agencies: seeded.agencies, areas, perspectives };
}

/**
 * When the mailbox first accepted each Message-ID, and how often, indexed as
 * messages arrive: filtering all received messages for every copy on every
 * check would starve the SMTP server, which runs in this same process.
 */
class Acceptances {
  private readonly first = new Map<string, number>();
  private readonly counts = new Map<string, number>();
  private indexed = 0;

  constructor(private readonly mailbox: CopyMailbox) {}

  at(messageId: string): number | undefined {
    this.index();
    return this.first.get(messageId);
  }

  count(messageId: string): number {
    this.index();
    return this.counts.get(messageId) ?? 0;
  }

  private index(): void {
    for (; this.indexed < this.mailbox.received.length; this.indexed += 1) {
      const { messageId, receivedAt } = this.mailbox.received[this.indexed]!;
      if (!this.first.has(messageId)) this.first.set(messageId, receivedAt);
      this.counts.set(messageId, (this.counts.get(messageId) ?? 0) + 1);
    }
  }
}

const TABLE_HEADER = [
  '| workers | run | submissions | submit burst | p50 | p95 | max | copies/s | lost | duplicates |',
  '|---|---|---|---|---|---|---|---|---|---|',
];

describe('report copies benchmark', () => {
  let api: TestApi;
  let mailbox: CopyMailbox;
  let accepted: Acceptances;
  let build: BuiltWorker;
  let plans: SeededPlan[];
  let copyTo: string;
  let call: CallContext;
  const workers: ChildProcess[] = [];
  const log = { text: '' };
  const rows: string[] = [];

  beforeAll(async () => {
    build = BuiltWorker.build();
    [api, mailbox] = await Promise.all([startTestApi({ config: { databasePoolSize: 20 } }), CopyMailbox.start()]);
    accepted = new Acceptances(mailbox);
    const seeded = await seededPlan(api, await api.login('admin@samverkan.example'));
    copyTo = seeded.agencies.JAMY!;
    const coordinator = await api.dataSource.getRepository(User).findOneByOrFail({ email: 'samordnare.ag3@samverkan.example' });
    plans = [];
    for (let n = 0; n < PLANS; n += 1) plans.push(await benchPlan(api.dataSource, seeded, coordinator, n));
    call = {
      requestId: 'bench',
      actor: {
        userId: coordinator.id,
        agencyId: coordinator.agencyId,
        roles: [],
        memberships: plans.map((plan) => ({ groupId: plan.groups[1]!, groupKind: GroupKind.WORKING, role: MembershipRole.COORDINATOR })),
      },
    };
  }, 300_000);

  afterAll(async () => {
    console.log([...TABLE_HEADER, ...rows].join('\n'));
    await Promise.all(workers.map((worker) => BuiltWorker.kill(worker)));
    await mailbox?.down();
    await api?.close();
    await build?.remove();
  });

  async function startWorkers(): Promise<void> {
    for (let w = 0; w < WORKERS; w += 1) {
      workers.push(build.start({ databaseUrl: api.db.url, redisUrl: api.redis.url, redisPrefix: api.redis.prefix, smtpUrl: mailbox.url, outboxPollMs: 1000, extra: WORKER_SETTINGS }, log));
    }
    await new Promise((resolve) => setTimeout(resolve, 3_000));
  }

  /** One draft per plan and year of the run, created before any measuring. */
  async function draftReports(run: number): Promise<string[]> {
    const reports = api.app.get(ReportsService);
    const reportIds: string[] = [];
    await inParallel(Array.from({ length: SUBMISSIONS }, (_, i) => i), CONCURRENCY, async (i) => {
      const plan = plans[i % PLANS]!;
      const year = FIRST_YEAR + run * YEARS_PER_RUN + Math.floor(i / PLANS);
      const report = await reports.create(call, { planId: plan.planId, year, kind: ReportKind.WORKING_GROUP, groupId: plan.groups[1]! });
      await reports.edit(call, { reportId: report.id, ...(completeSections(plan, String(i)) as object) } as never);
      reportIds[i] = report.id;
    });
    progress(`${SUBMISSIONS} drafts in ${PLANS} plans`);
    return reportIds;
  }

  /** Submits them all, CONCURRENCY at a time; returns each copy's Message-ID with its submission's commit time. */
  async function submitAll(reportIds: string[]): Promise<{ committedAt: Map<string, number>; burstMs: number }> {
    const workflow = api.app.get(ReportWorkflowService);
    const committedAt = new Map<string, number>();
    const burstStart = Date.now();
    await inParallel(reportIds, CONCURRENCY, async (reportId) => {
      const version = await workflow.submit(call, reportId);
      committedAt.set(`<report-version.${version.id}.copy.${copyTo}@samverkan>`, Date.now());
    });
    const burstMs = Date.now() - burstStart;
    progress(`${SUBMISSIONS} submitted in ${burstMs} ms`);
    return { committedAt, burstMs };
  }

  /** Waits for every copy, and every other due outbox message (the steering group's notices), to be delivered; the periodic jobs' next runs wait for their time. */
  async function waitForDelivery(committedAt: Map<string, number>): Promise<void> {
    await waitFor('every copy to be accepted', () => [...committedAt.keys()].every((id) => accepted.at(id) !== undefined), 600_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${log.text}`);
    });
    await waitFor('every outbox message to be completed', async () => {
      const [{ open }] = await api.dataSource.query(`SELECT count(*)::int AS open FROM outbox_messages WHERE completed_at IS NULL AND available_at <= now()`);
      return open === 0;
    }, 120_000);
    const [{ unsent }] = await api.dataSource.query(`SELECT count(*)::int AS unsent FROM report_deliveries WHERE sent_at IS NULL`);
    expect(unsent).toBe(0);
    progress(`delivered; the mailbox has received ${mailbox.received.length} messages in all`);
  }

  /** Latency from `since(copy)` to the copy's acceptance; copies/s from `start` to the last acceptance. */
  function tableRow(run: string, committedAt: Map<string, number>, burstMs: number, since: (commit: number) => number, start: number): string {
    const ids = [...committedAt.keys()];
    const latencies = ids.map((id) => accepted.at(id)! - since(committedAt.get(id)!)).sort((a, b) => a - b);
    const seconds = (Math.max(...ids.map((id) => accepted.at(id)!)) - start) / 1000;
    const duplicates = ids.reduce((sum, id) => sum + accepted.count(id) - 1, 0);
    expect(latencies).toHaveLength(SUBMISSIONS);
    return `| ${WORKERS} | ${run} | ${SUBMISSIONS} (${CONCURRENCY} at a time) | ${(burstMs / 1000).toFixed(1)} s (${(SUBMISSIONS / (burstMs / 1000)).toFixed(0)}/s) | ${percentile(latencies, 50)} ms | ${percentile(latencies, 95)} ms | ${latencies.at(-1)} ms | ${(SUBMISSIONS / seconds).toFixed(0)} | ${SUBMISSIONS - latencies.length} | ${duplicates} |`;
  }

  it(`delivers ${SUBMISSIONS} copies submitted in a burst while the workers run`, async () => {
    const reportIds = await draftReports(0);
    await startWorkers();
    const burstStart = Date.now();
    const { committedAt, burstMs } = await submitAll(reportIds);
    await waitForDelivery(committedAt);
    rows.push(tableRow('burst', committedAt, burstMs, (commit) => commit, burstStart));
  }, 900_000);

  it(`drains a backlog of ${SUBMISSIONS} copies when the workers start`, async () => {
    await Promise.all(workers.splice(0).map((worker) => BuiltWorker.kill(worker)));
    const { committedAt, burstMs } = await submitAll(await draftReports(1));
    await startWorkers();
    await waitForDelivery(committedAt);
    // Counted from the first copy accepted, so the workers' boot is left out: copies/s is the drain rate.
    const firstAccepted = Math.min(...[...committedAt.keys()].map((id) => accepted.at(id)!));
    rows.push(tableRow('backlog', committedAt, burstMs, () => firstAccepted, firstAccepted));
  }, 900_000);
});
