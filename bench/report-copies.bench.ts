/**
 * Benchmark, not a test: 1,000 report submissions in a burst against a local
 * SMTP server; time from each submission's commit to its copy being accepted.
 * Local only (127.0.0.1), bounded in count and time. Run with
 *   BENCH_WORKERS=2 npx jest --testRegex 'bench/report-copies\.bench\.ts$' --testTimeout 900000
 * (worker processes: BENCH_WORKERS, default 1).
 * It prints a Markdown table for docs/benchmarks.md.
 */
import { ChildProcess } from 'node:child_process';
import { GroupKind, MembershipRole } from '@samverkan/auth';
import { User } from '@samverkan/organisation';
import { ReportKind, ReportWorkflowService, ReportsService } from '@samverkan/reports';
import { TestApi, newGroup, newMembership, startTestApi } from '@samverkan/testing';
import { BuiltWorker } from '../test/reports/support/built-worker';
import { CopyMailbox } from '../test/reports/support/copy-receivers';
import { completeSections, seededPlan, waitFor } from '../test/reports/support/reports-api';

const SUBMISSIONS = 1_000;
/** Submissions in flight at once, as from that many people pressing submit. */
const CONCURRENCY = 8;
const EXTRA_GROUPS = 10;
const FIRST_YEAR = 2000;
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

describe('report copies benchmark', () => {
  let api: TestApi;
  let mailbox: CopyMailbox;
  let build: BuiltWorker;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    build = BuiltWorker.build();
    [api, mailbox] = await Promise.all([startTestApi({ config: { databasePoolSize: 20 } }), CopyMailbox.start()]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(workers.map((worker) => BuiltWorker.kill(worker)));
    await mailbox?.down();
    await api?.close();
    await build?.remove();
  });

  it(`delivers ${SUBMISSIONS} copies submitted in a burst`, async () => {
    const admin = await api.login('admin@samverkan.example');
    const plan = await seededPlan(api, admin);
    await api.dataSource.query(`UPDATE plans SET period_start = '${FIRST_YEAR}-01-01', period_end = '2099-12-31' WHERE id = $1`, [plan.planId]);
    const coordinator = await api.dataSource.getRepository(User).findOneByOrFail({ email: 'samordnare.ag3@samverkan.example' });
    const groupIds = Object.values(plan.groups);
    for (let n = 0; n < EXTRA_GROUPS; n += 1) {
      const group = await newGroup(api.dataSource, { planId: plan.planId, number: 10 + n, name: `Bench group ${n}`, coordinatingAgencyId: coordinator.agencyId });
      groupIds.push(group.id);
    }
    for (const groupId of groupIds) await newMembership(api.dataSource, groupId, coordinator.id, MembershipRole.COORDINATOR).catch(() => undefined);
    const call = {
      requestId: 'bench',
      actor: {
        userId: coordinator.id,
        agencyId: coordinator.agencyId,
        roles: [],
        memberships: groupIds.map((groupId) => ({ groupId, groupKind: GroupKind.WORKING, role: MembershipRole.COORDINATOR })),
      },
    };
    const reports = api.app.get(ReportsService);
    const workflow = api.app.get(ReportWorkflowService);

    // Drafts first, so the burst is submissions only.
    const reportIds: string[] = [];
    for (let i = 0; i < SUBMISSIONS; i += 1) {
      const groupId = groupIds[i % groupIds.length]!;
      const year = FIRST_YEAR + Math.floor(i / groupIds.length);
      const report = await reports.create(call, { planId: plan.planId, year, kind: ReportKind.WORKING_GROUP, groupId });
      await reports.edit(call, { reportId: report.id, ...(completeSections(plan, String(i)) as object) } as never);
      reportIds.push(report.id);
    }

    const log = { text: '' };
    for (let w = 0; w < WORKERS; w += 1) {
      workers.push(build.start({ databaseUrl: api.db.url, redisUrl: api.redis.url, redisPrefix: api.redis.prefix, smtpUrl: mailbox.url, outboxPollMs: 1000 }, log));
    }
    await new Promise((resolve) => setTimeout(resolve, 3_000));

    const committedAt = new Map<string, number>();
    const burstStart = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < reportIds.length) {
          const reportId = reportIds[next++]!;
          const version = await workflow.submit(call, reportId);
          committedAt.set(`<report-version.${version.id}.copy.${plan.agencies.JAMY}@samverkan>`, Date.now());
        }
      }),
    );
    const burstMs = Date.now() - burstStart;

    await waitFor('every copy to be accepted', () => [...committedAt.keys()].every((id) => mailbox.byMessageId(id).length > 0), 600_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${log.text}`);
    });
    await waitFor('every delivery record to say sent', async () => {
      const [{ unsent }] = await api.dataSource.query(`SELECT count(*)::int AS unsent FROM report_deliveries WHERE sent_at IS NULL`);
      return unsent === 0;
    }, 60_000);

    const latencies = [...committedAt].map(([id, at]) => mailbox.byMessageId(id)[0]!.receivedAt - at).sort((a, b) => a - b);
    const lastAccepted = Math.max(...[...committedAt.keys()].map((id) => mailbox.byMessageId(id)[0]!.receivedAt));
    const duplicates = [...committedAt.keys()].reduce((sum, id) => sum + mailbox.byMessageId(id).length - 1, 0);
    const seconds = (lastAccepted - burstStart) / 1000;
    const table = [
      '| workers | submissions | submit burst | p50 | p95 | max | copies/s | lost | duplicates |',
      '|---|---|---|---|---|---|---|---|---|',
      `| ${WORKERS} | ${SUBMISSIONS} (${CONCURRENCY} at a time) | ${(burstMs / 1000).toFixed(1)} s (${(SUBMISSIONS / (burstMs / 1000)).toFixed(0)}/s) | ${percentile(latencies, 50)} ms | ${percentile(latencies, 95)} ms | ${latencies.at(-1)} ms | ${(SUBMISSIONS / seconds).toFixed(0)} | ${SUBMISSIONS - latencies.length} | ${duplicates} |`,
    ].join('\n');
    console.log(table);
    expect(latencies).toHaveLength(SUBMISSIONS);
  }, 900_000);
});
