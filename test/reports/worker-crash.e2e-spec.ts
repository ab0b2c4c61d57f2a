/**
 * The built worker as a child process, killed with SIGKILL while it delivers
 * a copy, 20 times in a row with a fresh submission each time. Every version
 * must be delivered; a copy delivered twice must carry the same Message-ID.
 */
import { ChildProcess } from 'node:child_process';
import { QueueName } from '@samverkan/queue';
import { TestApi, startTestApi } from '@samverkan/testing';
import Redis from 'ioredis';
import { BuiltWorker } from './support/built-worker';
import { CopyMailbox } from './support/copy-receivers';
import { SeededPlan, SubmittedVersion, Who, loginAll, seededPlan, submitGroupReport, waitFor } from './support/reports-api';

const ROUNDS = 20;

/**
 * After a SIGKILL the dead worker's BullMQ lock lives on for JOB_LOCK_MS and
 * the job is handed to another worker at the next stalled-job check (within
 * JOB_LOCK_MS + 2 × STALLED_CHECK_MS, 20 s by default, shown by the takeover test
 * below). Like the outbox tests fast-forward a backoff, the 20 rounds
 * fast-forward that wait: the lock expires now and the next worker checks for
 * stalled jobs at start.
 */
async function expireDeadWorkerLocks(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    for (const queue of Object.values(QueueName)) {
      const key = (suffix: string): string => `${prefix}:${queue}:${suffix}`;
      const active = await redis.lrange(key('active'), 0, -1);
      for (const jobId of active) await redis.del(key(`${jobId}:lock`));
      if (active.length > 0) await redis.sadd(key('stalled'), ...active);
      await redis.del(key('stalled-check'));
    }
  } finally {
    redis.disconnect();
  }
}

describe('report copies when the worker is killed mid-delivery', () => {
  let build: BuiltWorker;
  let api: TestApi;
  let plan: SeededPlan;
  let tokens: Record<Who, string>;
  let mailbox: CopyMailbox;
  let worker: ChildProcess | undefined;
  const output = { text: '' };

  beforeAll(async () => {
    build = BuiltWorker.build();
    [api, mailbox] = await Promise.all([startTestApi(), CopyMailbox.start()]);
    tokens = await loginAll(api);
    plan = await seededPlan(api, tokens.admin);
    await api.dataSource.query(`UPDATE plans SET period_end = '2099-12-31' WHERE id = $1`, [plan.planId]);
  }, 180_000);

  afterAll(async () => {
    if (worker) await BuiltWorker.kill(worker);
    await mailbox?.down();
    await api?.close();
    await build?.remove();
  }, 120_000);

  function startWorker(): ChildProcess {
    return build.start({ databaseUrl: api.db.appUrl, redisUrl: api.redis.url, redisPrefix: api.redis.prefix, smtpUrl: mailbox.url, outboxPollMs: 100 }, output);
  }

  async function killWorker(): Promise<void> {
    const child = worker!;
    worker = undefined;
    await BuiltWorker.kill(child);
  }

  const copyMessageId = (version: SubmittedVersion): string => `<report-version.${version.id}.copy.${plan.agencies.JAMY}@samverkan>`;

  it('shows a copy whose worker died as in progress, and a second worker takes it over within 30 s', async () => {
    const delivery = async (versionId: string) =>
      (
        await api.gql<{ reportVersion: { deliveries: { status: string; startedAt: string | null; nextAttemptAt: string | null; attempts: number }[] } }>(
          'query ($id: ID!) { reportVersion(id: $id) { deliveries { status startedAt nextAttemptAt attempts } } }',
          { id: versionId },
          tokens.observer,
        )
      ).data!.reportVersion.deliveries[0]!;
    // The server holds its answer long enough for the kill to land mid-send.
    mailbox.replyDelayMs = 60_000;
    worker = startWorker();
    const version = await submitGroupReport(api, tokens.coordinator3, plan, 3, 2090);
    await waitFor('the copy to reach the SMTP server', () => mailbox.byMessageId(copyMessageId(version)).length > 0, 60_000);
    const sending = await delivery(version.id);
    expect(sending).toMatchObject({ status: 'IN_PROGRESS', nextAttemptAt: null, attempts: 0 });
    const startedAt = new Date(sending.startedAt!).getTime();
    expect(startedAt).toBeLessThanOrEqual(Date.now());

    await killWorker();
    const killedAt = Date.now();
    mailbox.replyDelayMs = 0;
    // While nobody has taken it over, it is still shown in progress since the dead worker started it, not as an attempt in the past.
    expect(await delivery(version.id)).toMatchObject({ status: 'IN_PROGRESS', startedAt: sending.startedAt });
    worker = startWorker();
    await waitFor('a second worker to take the copy over and send it', async () => (await delivery(version.id)).status === 'SENT', 60_000);
    const takeoverMs = Date.now() - killedAt;
    console.log(`Copy taken over and sent ${(takeoverMs / 1000).toFixed(1)} s after its worker was killed`);
    expect(takeoverMs).toBeLessThan(30_000);
    await killWorker();
  }, 180_000);

  it(
    `delivers every version when the worker dies mid-delivery ${ROUNDS} times in a row`,
    async () => {
      // The server takes its time to accept, so the kill lands between sending and the server's answer.
      mailbox.replyDelayMs = 2_000;
      const versions: SubmittedVersion[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        worker = startWorker();
        const version = await submitGroupReport(api, tokens.coordinator3, plan, 3, 2019 + round);
        versions.push(version);
        await waitFor(`round ${round + 1}: the copy to reach the SMTP server`, () => mailbox.byMessageId(copyMessageId(version)).length > 0, 90_000).catch(
          (error: Error) => {
            throw new Error(`${error.message}\nworker output:\n${output.text}`);
          },
        );
        await killWorker();
        await expireDeadWorkerLocks(api.redis.url, api.redis.prefix);
      }

      mailbox.replyDelayMs = 0;
      worker = startWorker();
      await waitFor(
        'every copy to be recorded as sent',
        async () => {
          const [{ unsent }] = await api.dataSource.query(
            `SELECT count(*)::int AS unsent FROM report_deliveries WHERE version_id = ANY($1::uuid[]) AND sent_at IS NULL`,
            [versions.map((v) => v.id)],
          );
          return unsent === 0;
        },
        300_000,
      );

      let duplicates = 0;
      for (const version of versions) {
        const copies = mailbox.byMessageId(copyMessageId(version));
        expect(copies.length).toBeGreaterThanOrEqual(1);
        duplicates += copies.length - 1;
        // Every delivery of a version, first or repeated, is the same submitted document.
        for (const copy of copies) {
          expect(copy.attachments.find((a) => a.filename.endsWith('.json'))!.content.toString('utf8')).toBe(version.document);
        }
      }
      const [{ sent }] = await api.dataSource.query(
        `SELECT count(*)::int AS sent FROM report_deliveries WHERE version_id = ANY($1::uuid[]) AND sent_at IS NOT NULL`,
        [versions.map((v) => v.id)],
      );
      expect(sent).toBe(ROUNDS);
      console.log(
        `Worker killed ${ROUNDS} times mid-delivery: ${ROUNDS} of ${ROUNDS} versions delivered; ${duplicates} repeated deliveries, each with the Message-ID of the first`,
      );
    },
    1_200_000,
  );
});
