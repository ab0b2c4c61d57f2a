/**
 * The scale-out proof (`bench/scale-out/run`): two api and two worker
 * processes, built, on this machine against one PostgreSQL (a fresh
 * database) and one Redis (a redis-server of its own, without persistence,
 * on a free port: the machine's shared Redis is never touched). It drives a
 * bounded mixed load (reads, check-ins, report submissions, action items whose
 * reminders come due during the run), SIGKILLs one worker and crashes Redis in
 * the middle, waits for the system to catch up, then checks: no copy lost, no
 * reminder lost or sent twice, a copy sent twice only with the same Message-ID.
 * It prints a Markdown report and writes it into docs/benchmarks.md (## Scale-out).
 *
 * Traffic goes to 127.0.0.1 only; every loop is bounded in time.
 * SCALE_OUT_ADMIN_DATABASE_URL: a superuser connection (default the local postgres).
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestApi } from '@samverkan/testing';
import { Client } from 'pg';
import { freePort, waitFor } from '../../test/observability/observability-support';
import { PrivateRedis } from '../../test/observability/private-redis';
import { CREATE_REPORT, EDIT_REPORT, LOGINS, SUBMIT_REPORT, SeededPlan, completeSections, seededPlan } from '../../test/reports/support/reports-api';
import { SmtpSink } from '../../test/worker/smtp-sink';
import { GraphqlClient, LoadStats, runLanes } from './load';

/** The build this runs from (<build>/bench/scale-out → <build>); the repository it documents is the working directory. */
const BUILD = resolve(__dirname, '..', '..');
const SCRIPTS = {
  api: join(BUILD, 'apps', 'api', 'src', 'main.js'),
  worker: join(BUILD, 'apps', 'worker', 'src', 'main.js'),
  cli: join(BUILD, 'apps', 'cli', 'src', 'main.js'),
};
const DOCS = join(process.cwd(), 'docs', 'benchmarks.md');
const LOG_DIR = join(process.cwd(), '.data', 'scale-out', 'logs');
const ADMIN_URL = process.env.SCALE_OUT_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const REPLICAS = 2;
/** Action items created at the start, each with a reminder due at the same minute, during the disturbances. */
const ITEMS = 40;
/** Report submissions at most (the plan has 81 years to report on); each sends a copy to the Gender Equality Agency. */
const SUBMISSIONS = 80;
/** Submissions at once: different reports (years) of one plan, as coordinators submit them in the same minutes. */
const SUBMISSION_LANES = 4;
const READ_LANES = 4;
const CHECK_IN_LANES = 2;
/** The reminders come due at least this long after the load starts (on a whole minute: rules are in minutes). */
const REMINDERS_AFTER_MS = 60_000;
/** Long enough before the Redis crash for the other worker to take the dead one's jobs over by the stalled check alone. */
const KILL_WORKER_BEFORE_DUE_MS = 50_000;
const CRASH_REDIS_BEFORE_DUE_MS = 10_000;
const REDIS_DOWN_MS = 3_000;
const LOAD_AFTER_DUE_MS = 25_000;
/** After the load: whatever is left to deliver. */
const CATCH_UP_LIMIT_MS = 240_000;
/** The SMTP server takes this long to accept each message. */
const SMTP_REPLY_DELAY_MS = 300;
/** ... and this long from shortly before the worker kill until after it, so the killed worker dies with deliveries in flight. */
const SMTP_REPLY_DELAY_AT_KILL_MS = 5_000;
const SUBMIT = 'write: submit report';
const COPY_RECIPIENT = 'registrator@jamy.example';

const READS = [
  ['read: plan overview', 'query Overview($plan: ID!) { planOverview(planId: $plan) { totals { items completion overdue } byGroup { id items } } }'],
  ['read: action items', 'query Items($plan: ID!) { actionItems(planId: $plan, first: 50) { totalCount nodes { id title status owner { displayName } } } }'],
  ['read: agencies', 'query Agencies { agencies { id code nameEn } }'],
] as const;
const CREATE_ITEM = 'mutation CreateItem($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }';
const POST_CHECK_IN = 'mutation CheckIn($input: PostCheckInInput!) { postCheckIn(input: $input) { id } }';
const SET_RULE = 'mutation Rule($input: SetReminderRuleInput!) { setReminderRule(input: $input) { source } }';

interface Service {
  name: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}

/** What happened when, for the report. */
class Timeline {
  private readonly start = Date.now();
  readonly events: string[] = [];

  mark(what: string): void {
    this.events.push(`| ${((Date.now() - this.start) / 1000).toFixed(1)} s | ${what} |`);
    console.log(`[scale-out] ${what}`);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolveSleep) => setTimeout(resolveSleep, Math.max(0, ms)));

function startService(name: string, script: string, env: Record<string, string>): Service {
  mkdirSync(LOG_DIR, { recursive: true });
  const log = createWriteStream(join(LOG_DIR, `${name}.log`));
  const child = spawn(process.execPath, [script], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  return { name, child, exited: new Promise((resolveExit) => child.once('exit', (code) => resolveExit(code))) };
}

async function runCli(command: string, env: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, [SCRIPTS.cli, command], { env: { PATH: process.env.PATH, ...env }, stdio: 'inherit' });
  const code = await new Promise<number | null>((resolveExit) => child.once('exit', resolveExit));
  if (code !== 0) throw new Error(`${command} failed with exit code ${code}`);
}

async function adminQuery<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function main(): Promise<void> {
  for (const script of Object.values(SCRIPTS)) if (!existsSync(script)) throw new Error(`${script} is missing: run bench/scale-out/run`);
  const timeline = new Timeline();
  const cleanups: Array<() => Promise<unknown>> = [];
  try {
    const report = await scaleOut(timeline, cleanups);
    console.log(`\n${report}`);
    writeSection(report);
    console.log(`[scale-out] written to ${DOCS}`);
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error(`[scale-out] clean-up: ${(error as Error).message}`));
  }
}

async function scaleOut(timeline: Timeline, cleanups: Array<() => Promise<unknown>>): Promise<string> {
  const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const database = `sv_scaleout_${runId}`;
  await adminQuery(`CREATE DATABASE "${database}"`);
  cleanups.push(() => adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  // No persistence: a crash loses every queued job and every delayed reminder.
  const redis = await PrivateRedis.start(['--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction']);
  cleanups.push(() => redis.stop());
  const smtp = await SmtpSink.start();
  smtp.replyDelayMs = SMTP_REPLY_DELAY_MS;
  cleanups.push(() => smtp.close());
  const db = new Client({ connectionString: databaseUrl(database) });

  const env: Record<string, string> = {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl(database),
    DATABASE_POOL_SIZE: '10',
    REDIS_URL: redis.url,
    REDIS_PREFIX: `scale-out-${runId}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    SMTP_URL: smtp.url,
    OUTBOX_POLL_MS: '500',
    LOG_LEVEL: 'warn',
    SHUTDOWN_TIMEOUT_MS: '10000',
    // One load generator on one address, several people: the per-address and per-user limits are not under test.
    RATE_LIMIT_PER_ADDRESS: '1000000',
    RATE_LIMIT_PER_USER: '1000000',
  };
  await runCli('migrate', env);
  await runCli('seed', env);
  await db.connect();
  cleanups.push(() => db.end());
  await db.query(`UPDATE plans SET period_end = '2099-12-31'`);

  const apiPorts = await Promise.all(Array.from({ length: REPLICAS }, () => freePort()));
  const healthPorts = await Promise.all(Array.from({ length: REPLICAS }, () => freePort()));
  const apis = apiPorts.map((port, index) => startService(`api-${index + 1}`, SCRIPTS.api, { ...env, PORT: String(port) }));
  // A connection for each job a worker runs at once on its four queues, plus the relay (docs/queue.md).
  const workers = healthPorts.map((port, index) =>
    startService(`worker-${index + 1}`, SCRIPTS.worker, { ...env, DATABASE_POOL_SIZE: '20', WORKER_HEALTH_PORT: String(port) }),
  );
  const services = [...apis, ...workers];
  cleanups.push(() => Promise.all(services.map((service) => stopService(service))));
  const probes = [...apiPorts.map((port) => `http://127.0.0.1:${port}/health/ready`), ...healthPorts.map((port) => `http://127.0.0.1:${port}/health/ready`)];
  await waitFor('every api and worker to be ready', async () => (await Promise.all(probes.map(isReady))).every(Boolean), 90_000);
  timeline.mark(`${REPLICAS} api and ${REPLICAS} worker processes ready (NODE_ENV=production, Redis without persistence)`);

  const stats = new LoadStats();
  const client = new GraphqlClient(apiPorts.map((port) => `http://127.0.0.1:${port}/graphql`), stats);
  const tokens = Object.fromEntries(
    await Promise.all(
      (['admin', 'steering', 'coordinator3', 'member3'] as const).map(async (who) => {
        const login = await client.gql<{ login: { accessToken: string } }>(
          'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
          { email: LOGINS[who], password: 'Samverkan-demo-2019' },
        );
        if (!login.data) throw new Error(`login as ${who} failed: ${JSON.stringify(login.errors)}`);
        return [who, login.data.login.accessToken] as const;
      }),
    ),
  ) as Record<'admin' | 'steering' | 'coordinator3' | 'member3', string>;
  // The helper calls only gql, which the client has with the same shape.
  const plan = await seededPlan(client as unknown as TestApi, tokens.admin);
  const member = (await client.gql<{ me: { id: string; agencyId: string } }>('{ me { id agencyId } }', {}, tokens.member3)).data!.me;

  const loadStart = Date.now();
  const dueAt = new Date(Math.ceil((loadStart + REMINDERS_AFTER_MS) / 60_000) * 60_000);
  const loadEnd = dueAt.getTime() + LOAD_AFTER_DUE_MS;
  const rule = await client.gql(
    SET_RULE,
    { input: { planId: plan.planId, deadlineKind: 'ACTION_ITEM', daysBefore: [0], escalations: [], sendHour: dueAt.getUTCHours(), sendMinute: dueAt.getUTCMinutes(), timeZone: 'UTC' } },
    tokens.admin,
  );
  if (rule.errors) throw new Error(`setReminderRule failed: ${JSON.stringify(rule.errors)}`);
  timeline.mark(`load starts; action items are due today and remind their owner at ${dueAt.toISOString()}`);

  const items: string[] = [];
  let submissions = 0;
  const loadOver = (): boolean => Date.now() >= loadEnd;
  const disturbances = disturb(timeline, dueAt.getTime(), workers[0]!, redis, db, smtp);
  await Promise.all([
    runLanes(1, () => items.length >= ITEMS || loadOver(), () => createItem(client, tokens.coordinator3, plan, member, dueAt, items)),
    runLanes(SUBMISSION_LANES, () => submissions >= SUBMISSIONS || loadOver(), () => submitReport(client, tokens.coordinator3, plan, 2019 + submissions++)),
    runLanes(CHECK_IN_LANES, loadOver, (lane) => checkIn(client, tokens.member3, items, lane)),
    runLanes(READ_LANES, loadOver, (lane) => read(client, tokens.steering, plan, lane)),
    disturbances,
  ]);
  timeline.mark(`load over: ${items.length} items created, ${submissions} reports submitted`);

  const caughtUp = await catchUp(db);
  timeline.mark(caughtUp ? 'every outbox message delivered and every due reminder sent' : `not caught up after ${CATCH_UP_LIMIT_MS / 1000} s`);
  await sleep(2_000);
  const checks = await invariants(db, smtp, await disturbances);
  const stopped = await Promise.all(services.filter((service) => service.child.exitCode === null && service.child.signalCode === null).map(stopService));
  timeline.mark(`SIGTERM to the running processes: exit codes ${stopped.join(', ')}`);
  return formatReport(timeline, stats, checks, { submissions, items: items.length, failedSubmissions: stats.failed(SUBMIT) });
}

async function isReady(url: string): Promise<boolean> {
  return fetch(url).then((response) => response.status === 200, () => false);
}

/** SIGTERM, and the exit code; SIGKILL after 20 s. */
async function stopService(service: Service): Promise<number | null> {
  if (service.child.exitCode !== null || service.child.signalCode !== null) return service.child.exitCode;
  service.child.kill('SIGTERM');
  const timer = setTimeout(() => service.child.kill('SIGKILL'), 20_000);
  const code = await service.exited;
  clearTimeout(timer);
  return code;
}

/** When the worker was killed, and the outbox messages that were being run at that moment. */
interface Kill {
  at: Date;
  inFlight: string[];
}

/** Kills one worker and crashes Redis before the reminders come due, so both recoveries are under test. */
async function disturb(timeline: Timeline, dueAt: number, worker: Service, redis: PrivateRedis, db: Client, smtp: SmtpSink): Promise<Kill> {
  await sleep(dueAt - KILL_WORKER_BEFORE_DUE_MS - SMTP_REPLY_DELAY_AT_KILL_MS - Date.now());
  smtp.replyDelayMs = SMTP_REPLY_DELAY_AT_KILL_MS;
  await sleep(dueAt - KILL_WORKER_BEFORE_DUE_MS - Date.now());
  worker.child.kill('SIGKILL');
  await worker.exited;
  const at = new Date();
  smtp.replyDelayMs = SMTP_REPLY_DELAY_MS;
  const inFlight = await orphanedJobs(db);
  timeline.mark(`SIGKILL to ${worker.name} (not restarted) with ${inFlight.length} outbox job(s) in flight`);
  await sleep(dueAt - CRASH_REDIS_BEFORE_DUE_MS - Date.now());
  await redis.kill();
  timeline.mark('Redis killed (SIGKILL, no persistence: every job and delayed reminder gone)');
  await sleep(REDIS_DOWN_MS);
  await redis.run();
  timeline.mark(`Redis back after ${REDIS_DOWN_MS / 1000} s, empty`);
  await sleep(dueAt - Date.now());
  timeline.mark('the action items\' reminders are due');
  return { at, inFlight };
}

/**
 * The jobs the killed worker was running: started, not completed, and no
 * longer locked (the surviving worker's running jobs hold their row lock).
 */
async function orphanedJobs(db: Client): Promise<string[]> {
  await db.query('BEGIN');
  try {
    const { rows } = await db.query(`SELECT id FROM outbox_messages WHERE started_at IS NOT NULL AND completed_at IS NULL FOR UPDATE SKIP LOCKED`);
    return rows.map((row: { id: string }) => row.id);
  } finally {
    await db.query('ROLLBACK');
  }
}

async function createItem(client: GraphqlClient, token: string, plan: SeededPlan, owner: { id: string; agencyId: string }, dueAt: Date, items: string[]): Promise<void> {
  const input = {
    title: `Scale-out item ${items.length + 1}`,
    groupId: plan.groups[3],
    developmentAreaId: plan.areas[0]!.id,
    leadAgencyId: owner.agencyId,
    ownerId: owner.id,
    dueDate: dueAt.toISOString().slice(0, 10),
  };
  const created = await client.call<{ createActionItem: { id: string } }>('write: create action item', CREATE_ITEM, { input }, token);
  if (created.data) items.push(created.data.createActionItem.id);
}

async function submitReport(client: GraphqlClient, token: string, plan: SeededPlan, year: number): Promise<void> {
  const kind = 'write: create + edit report';
  const created = await client.call<{ createReport: { id: string } }>(kind, CREATE_REPORT, { input: { planId: plan.planId, year, kind: 'WORKING_GROUP', groupId: plan.groups[3] } }, token);
  if (!created.data) return;
  const reportId = created.data.createReport.id;
  const edited = await client.call(kind, EDIT_REPORT, { input: { reportId, ...completeSections(plan, `3-${year}`) } }, token);
  if (!edited.errors) await client.call('write: submit report', SUBMIT_REPORT, { id: reportId }, token);
}

async function checkIn(client: GraphqlClient, token: string, items: string[], lane: number): Promise<void> {
  if (items.length === 0) return sleep(200);
  const itemId = items[(Math.random() * items.length) | 0]!;
  await client.call('write: check-in', POST_CHECK_IN, { input: { itemId, narrative: `Lane ${lane}: training sessions held this week.`, progress: 10 + lane } }, token);
}

async function read(client: GraphqlClient, token: string, plan: SeededPlan, lane: number): Promise<void> {
  const [kind, query] = READS[(lane + Math.floor(Math.random() * READS.length)) % READS.length]!;
  await client.call(kind, query, { plan: plan.planId }, token);
}

/** Waits until nothing is left to deliver: every due outbox message completed, every due reminder sent (later ones wait for their time). */
async function catchUp(db: Client): Promise<boolean> {
  const pending = async (): Promise<boolean> => {
    const [{ outbox, reminders }] = (
      await db.query(
        `SELECT (SELECT count(*) FROM outbox_messages WHERE completed_at IS NULL AND available_at <= now())::int AS outbox,
                (SELECT count(*) FROM reminders WHERE state = 'SCHEDULED' AND due_at <= now())::int AS reminders`,
      )
    ).rows;
    return outbox > 0 || reminders > 0;
  };
  return waitFor('the system to catch up', async () => !(await pending()), CATCH_UP_LIMIT_MS).then(
    () => true,
    () => false,
  );
}

interface Invariants {
  copies: number;
  copiesLost: number;
  copiesSentTwice: number;
  copiesWithOtherMessageId: number;
  copyLatency: { p50: number; p95: number; max: number };
  reminders: number;
  remindersLost: number;
  remindersNotifiedTwice: number;
  reminderEmailsSentTwice: number;
  reminderLateness: { max: number };
  /** From the SIGKILL until the last job the killed worker was running was completed by the other; null when none was in flight. */
  takeoverMs: number | null;
  outboxUncompleted: number;
  outboxDead: number;
  emailsReceived: number;
}

async function invariants(db: Client, smtp: SmtpSink, kill: Kill): Promise<Invariants> {
  const copies: { deliveryKey: string; channel: string; latencyMs: number | null }[] = (
    await db.query(
      `SELECT d.delivery_key AS "deliveryKey", d.channel,
              extract(epoch FROM d.sent_at - v.submitted_at) * 1000 AS "latencyMs"
         FROM report_deliveries d JOIN report_versions v ON v.id = d.version_id`,
    )
  ).rows;
  const copyKeys = new Set(copies.map((copy) => copy.deliveryKey));
  const latencies = copies.flatMap((copy) => (copy.latencyMs === null ? [] : [Number(copy.latencyMs)])).sort((a, b) => a - b);
  const reminders: { id: string; state: string; latenessMs: number | null }[] = (
    await db.query(`SELECT id, state, extract(epoch FROM sent_at - due_at) * 1000 AS "latenessMs" FROM reminders WHERE due_at <= now()`)
  ).rows;
  const [{ twice }] = (
    await db.query(`SELECT count(*)::int AS twice FROM (SELECT source_key FROM notifications WHERE source_key LIKE 'reminder:%' GROUP BY source_key HAVING count(*) > 1) t`)
  ).rows;
  const [{ uncompleted, dead }] = (
    await db.query(
      `SELECT count(*) FILTER (WHERE completed_at IS NULL AND available_at <= now())::int AS uncompleted, count(*) FILTER (WHERE dead_at IS NOT NULL)::int AS dead
         FROM outbox_messages`,
    )
  ).rows;
  const [{ lastDone }] = (
    await db.query(`SELECT max(completed_at) AS "lastDone" FROM outbox_messages WHERE id = ANY($1::uuid[])`, [kill.inFlight])
  ).rows as { lastDone: Date | null }[];
  const at = (p: number): number => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] ?? 0;
  return {
    copies: copies.length,
    copiesLost: copies.filter((copy) => copy.latencyMs === null || (copy.channel === 'EMAIL' && smtp.count(copy.deliveryKey) === 0)).length,
    copiesSentTwice: copies.filter((copy) => smtp.count(copy.deliveryKey) > 1).length,
    copiesWithOtherMessageId: smtp.received.filter((mail) => mail.to.includes(COPY_RECIPIENT) && !copyKeys.has(mail.messageId)).length,
    copyLatency: { p50: at(50), p95: at(95), max: at(100) },
    reminders: reminders.length,
    remindersLost: reminders.filter((reminder) => reminder.state === 'SCHEDULED').length,
    remindersNotifiedTwice: twice,
    reminderEmailsSentTwice: reminders.filter((reminder) => smtp.count(`<reminder.${reminder.id}@samverkan>`) > 1).length,
    reminderLateness: { max: Math.max(0, ...reminders.map((reminder) => Number(reminder.latenessMs ?? 0))) },
    takeoverMs: lastDone ? lastDone.getTime() - kill.at.getTime() : null,
    outboxUncompleted: uncompleted,
    outboxDead: dead,
    emailsReceived: smtp.received.length,
  };
}

function formatReport(timeline: Timeline, stats: LoadStats, checks: Invariants, load: { submissions: number; items: number; failedSubmissions: number }): string {
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  const verdict = (ok: boolean): string => (ok ? 'yes' : '**NO**');
  return [
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node.js ${process.version}; ` +
      `PostgreSQL and the processes on this machine, Redis a private redis-server without persistence.`,
    '',
    '| time | event |',
    '|---|---|',
    ...timeline.events,
    '',
    '| requests | succeeded | failed | p50 | p95 | max |',
    '|---|---|---|---|---|---|',
    ...stats.rows(),
    '',
    '| invariant | value | holds |',
    '|---|---|---|',
    `| report submissions failed (${SUBMISSION_LANES} lanes at once, one plan) | ${load.failedSubmissions} of ${load.submissions} | ${verdict(load.failedSubmissions === 0)} |`,
    `| report copies (one per submitted report, to the Gender Equality Agency) | ${checks.copies} from ${load.submissions} submissions | |`,
    `| copies lost (never accepted by the SMTP server) | ${checks.copiesLost} | ${verdict(checks.copiesLost === 0)} |`,
    `| copies sent twice with the same Message-ID (allowed: at least once) | ${checks.copiesSentTwice} | yes |`,
    `| copies sent with any other Message-ID | ${checks.copiesWithOtherMessageId} | ${verdict(checks.copiesWithOtherMessageId === 0)} |`,
    `| copy latency, submission to accepted: p50 / p95 / max | ${seconds(checks.copyLatency.p50)} / ${seconds(checks.copyLatency.p95)} / ${seconds(checks.copyLatency.max)} | |`,
    `| reminders due during the run (${load.items} action items) | ${checks.reminders} | |`,
    `| reminders lost (still unsent) | ${checks.remindersLost} | ${verdict(checks.remindersLost === 0)} |`,
    `| reminders sent twice (two notifications) | ${checks.remindersNotifiedTwice} | ${verdict(checks.remindersNotifiedTwice === 0)} |`,
    `| reminder e-mails received twice | ${checks.reminderEmailsSentTwice} | ${verdict(checks.reminderEmailsSentTwice === 0)} |`,
    `| effective duplicates (a second notification, or a copy under another Message-ID) | ${checks.remindersNotifiedTwice + checks.copiesWithOtherMessageId} | ${verdict(checks.remindersNotifiedTwice + checks.copiesWithOtherMessageId === 0)} |`,
    `| reminder lateness after the Redis kill (latest reminder, after its time; target 5 s) | ${seconds(checks.reminderLateness.max)} | ${verdict(checks.reminderLateness.max < 5_000)} |`,
    `| takeover after the worker kill (SIGKILL to the last of its jobs completed by the other worker; target 30 s) | ${checks.takeoverMs === null ? 'no job in flight' : seconds(checks.takeoverMs)} | ${verdict(checks.takeoverMs === null || checks.takeoverMs < 30_000)} |`,
    `| outbox messages due and not completed / dead | ${checks.outboxUncompleted} / ${checks.outboxDead} | ${verdict(checks.outboxUncompleted === 0 && checks.outboxDead === 0)} |`,
    `| e-mails received by the SMTP server | ${checks.emailsReceived} | |`,
  ].join('\n');
}

const SECTION_START = '<!-- scale-out:start -->';
const SECTION_END = '<!-- scale-out:end -->';

/** Replaces the generated part of the Scale-out section, or appends the section. */
function writeSection(report: string): void {
  const docs = existsSync(DOCS) ? readFileSync(DOCS, 'utf8') : '# Benchmarks\n';
  const generated = `${SECTION_START}\n${report}\n${SECTION_END}`;
  const start = docs.indexOf(SECTION_START);
  const end = docs.indexOf(SECTION_END);
  const updated =
    start >= 0 && end > start
      ? `${docs.slice(0, start)}${generated}${docs.slice(end + SECTION_END.length)}`
      : `${docs.trimEnd()}\n\n## Scale-out\n\n${generated}\n`;
  writeFileSync(DOCS, updated);
}

main().catch((error: unknown) => {
  console.error(`[scale-out] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
