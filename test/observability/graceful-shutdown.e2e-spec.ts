/**
 * The built api and worker as child processes, sent SIGTERM in the middle of
 * a burst of mutations that each queue an e-mail: every request either
 * completes or is refused before any work, both exit 0, and after the worker
 * is started again every queued e-mail is delivered exactly once.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildDataSourceOptions } from '@samverkan/database';
import { DEMO_PASSWORD, seedIpvPlan } from '@samverkan/seed';
import { TestDatabase, TestRedis, createTestDatabase, createTestRedis, newUser } from '@samverkan/testing';
import { DataSource } from 'typeorm';
import { SmtpSink } from '../worker/smtp-sink';
import { freePort, waitFor } from './observability-support';

const ROOT = resolve(__dirname, '..', '..');
const SCRIPTS = { api: join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js'), worker: join(ROOT, 'dist', 'apps', 'worker', 'src', 'main.js') };
const BURST = 60;
const CONCURRENCY = 8;
const SIGTERM_AFTER = 20;
const ADD_MEMBERSHIP = 'mutation AddMember($input: AddMembershipInput!) { addMembership(input: $input) { id } }';

type Outcome = { kind: 'completed'; membershipId: string } | { kind: 'refused'; how: string } | { kind: 'broken'; how: string };

interface Started {
  child: ChildProcess;
  output: { text: string };
  exited: Promise<number | null>;
}

function startBuilt(script: string, env: Record<string, string>): Started {
  const child = spawn(process.execPath, [script], { cwd: ROOT, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = { text: '' };
  child.stdout!.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  return { child, output, exited };
}

async function answers(url: string): Promise<boolean> {
  return fetch(url).then((response) => response.status === 200, () => false);
}

describe('graceful shutdown under load', () => {
  let db: TestDatabase;
  let redis: TestRedis;
  let smtp: SmtpSink;
  let dataSource: DataSource;
  const running: Started[] = [];

  beforeAll(async () => {
    [db, smtp] = await Promise.all([createTestDatabase(), SmtpSink.start()]);
    redis = createTestRedis();
    dataSource = new DataSource(buildDataSourceOptions(db.url, 2));
    await dataSource.initialize();
    await seedIpvPlan(dataSource);
    // The server is slow to accept mail, so the worker has jobs in progress when it is told to stop.
    smtp.replyDelayMs = 150;
  });

  afterAll(async () => {
    for (const { child } of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await dataSource?.destroy();
    await smtp?.close();
    await redis?.flush();
    await db?.drop();
  });

  function env(extra: Record<string, string>): Record<string, string> {
    return {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      APP_DATABASE_URL: db.appUrl,
      DATABASE_POOL_SIZE: '10',
      REDIS_URL: redis.url,
      REDIS_PREFIX: redis.prefix,
      JWT_SECRET: 'test-secret-that-is-long-enough-000000',
      SMTP_URL: smtp.url,
      OUTBOX_POLL_MS: '100',
      SHUTDOWN_TIMEOUT_MS: '15000',
      LOG_LEVEL: 'log',
      ...extra,
    };
  }

  function start(script: string, extra: Record<string, string>): Started {
    const started = startBuilt(script, env(extra));
    running.push(started);
    return started;
  }

  it('finishes what is in flight, refuses the rest cleanly, and loses no e-mail', async () => {
    const [apiPort, workerHealthPort] = await Promise.all([freePort(), freePort()]);
    const base = `http://127.0.0.1:${apiPort}`;
    const api = start(SCRIPTS.api, { PORT: String(apiPort) });
    const worker = start(SCRIPTS.worker, { WORKER_HEALTH_PORT: String(workerHealthPort) });
    await waitFor('the api to be ready', () => answers(`${base}/health/ready`), 60_000);
    await waitFor('the worker to be ready', () => answers(`http://127.0.0.1:${workerHealthPort}/health/ready`), 60_000);

    const graphql = (query: string, variables: object, headers: Record<string, string> = {}) =>
      fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    const login = (await (
      await graphql('mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }', {
        email: 'admin@samverkan.example',
        password: DEMO_PASSWORD,
      })
    ).json()) as { data: { login: { accessToken: string } } };
    const token = login.data.login.accessToken;
    const [{ id: groupId }] = await dataSource.query(`SELECT id FROM groups WHERE number = 3`);
    const [{ id: agencyId }] = await dataSource.query(`SELECT id FROM agencies WHERE code = 'FK'`);
    const people = await Promise.all(Array.from({ length: BURST }, () => newUser(dataSource, { agencyId })));

    let sigtermAt: number | undefined;
    const inFlightAtSigterm: number[] = [];
    const outcomes: Outcome[] = new Array(BURST);
    let next = 0;
    let done = 0;

    const send = async (index: number): Promise<Outcome> => {
      try {
        const response = await graphql(
          ADD_MEMBERSHIP,
          { input: { groupId, userId: people[index]!.id, role: 'MEMBER' } },
          { authorization: `Bearer ${token}`, 'x-request-id': `burst-${index}-0123` },
        );
        const body = (await response.json()) as { data?: { addMembership: { id: string } }; errors?: { extensions?: { code?: string } }[] };
        if (response.status === 200 && body.data?.addMembership) return { kind: 'completed', membershipId: body.data.addMembership.id };
        if (response.status === 503 && body.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE') return { kind: 'refused', how: '503' };
        return { kind: 'broken', how: `${response.status} ${JSON.stringify(body)}` };
      } catch (error) {
        const code = (error as { cause?: { code?: string } }).cause?.code;
        return code === 'ECONNREFUSED' ? { kind: 'refused', how: code } : { kind: 'broken', how: `${code ?? ''} ${(error as Error).message}` };
      }
    };

    const lane = async (): Promise<void> => {
      while (next < BURST) {
        const index = next++;
        const startedBeforeSigterm = sigtermAt === undefined;
        const outcome = await send(index);
        outcomes[index] = outcome;
        if (startedBeforeSigterm && sigtermAt !== undefined) inFlightAtSigterm.push(index);
        done += 1;
        if (done === SIGTERM_AFTER) {
          sigtermAt = Date.now();
          api.child.kill('SIGTERM');
          worker.child.kill('SIGTERM');
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, lane));

    expect(await api.exited).toBe(0);
    expect(await worker.exited).toBe(0);
    expect(api.output.text).toContain('Stopped cleanly');
    expect(worker.output.text).toContain('Stopped cleanly');

    expect(outcomes.filter((outcome) => outcome.kind === 'broken')).toEqual([]);
    // Requests already running when SIGTERM came were finished, not cut off.
    expect(inFlightAtSigterm.length).toBeGreaterThan(0);
    expect(inFlightAtSigterm.map((index) => outcomes[index]!.kind)).toEqual(inFlightAtSigterm.map(() => 'completed'));
    const completed = outcomes.flatMap((outcome) => (outcome.kind === 'completed' ? [outcome.membershipId] : []));
    expect(completed.length).toBeGreaterThanOrEqual(SIGTERM_AFTER);
    expect(outcomes.some((outcome) => outcome.kind === 'refused')).toBe(true);

    // Exactly the completed mutations queued an e-mail; the refused ones wrote nothing.
    const messageIds = completed.map((id) => `<membership-added.${id}@samverkan>`).sort();
    const queued: { message_id: string }[] = await dataSource.query(
      `SELECT payload->>'messageId' AS message_id FROM outbox_messages WHERE job_name = 'send-email' ORDER BY 1`,
    );
    expect(queued.map((row) => row.message_id)).toEqual(messageIds);

    const restarted = start(SCRIPTS.worker, {});
    await waitFor(
      'every queued e-mail to be delivered',
      async () => (await dataSource.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE completed_at IS NULL AND available_at <= now()`))[0].n === 0,
      60_000,
    );
    await new Promise((resolveSettle) => setTimeout(resolveSettle, 500));
    expect(messageIds.filter((messageId) => smtp.count(messageId) !== 1)).toEqual([]);

    // The request id of each mutation is on its job's log line, in whichever worker ran it.
    const workerLogs = worker.output.text + restarted.output.text;
    const firstCompleted = outcomes.findIndex((outcome) => outcome.kind === 'completed');
    expect(workerLogs).toMatch(new RegExp(`"requestId":"burst-${firstCompleted}-0123".*Job send-email \\S+ completed`));

    restarted.child.kill('SIGTERM');
    expect(await restarted.exited).toBe(0);
  }, 180_000);
});
