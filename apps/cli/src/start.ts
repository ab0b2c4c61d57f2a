/**
 * `npm start`: the whole system on a machine with only Node.js.
 *
 * PostgreSQL from DATABASE_URL or embedded; Redis from REDIS_URL, the local
 * one, or a redis-server we start; then migrate, seed, api and worker, each a
 * child process. Ctrl-C stops them all in reverse order and exits 0.
 *
 * Only migrate gets the owner's connection; seed, api and worker connect as the
 * application role, which owns nothing (docs/security.md, "Database roles").
 */
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { printBanner } from './start/banner';
import { startEmbeddedPostgres } from './start/embedded-postgres';
import { answersGraphql } from './start/graphql-probe';
import { Lifecycle, ShuttingDown } from './start/lifecycle';
import { log } from './start/log';
import { ExitStatus, ManagedProcess, describeExit } from './start/managed-process';
import { pollUntil } from './start/poll';
import { ProcessLedger } from './start/process-ledger';
import { isPortFree } from './start/ports';
import { RedisPlan, planRedis, startRedisServer } from './start/redis';
import { readOrCreateSecret } from './start/secret-file';
import { StartSettings, readSettings } from './start/settings';
import { StartError } from './start/start-error';

/** dist/ when running the build (dist/apps/cli/src/start.js). */
const BUILD_ROOT = resolve(__dirname, '..', '..', '..');
const PROJECT_ROOT = basename(BUILD_ROOT) === 'dist' ? dirname(BUILD_ROOT) : BUILD_ROOT;
const SCRIPTS = {
  cli: join(BUILD_ROOT, 'apps', 'cli', 'src', 'main.js'),
  api: join(BUILD_ROOT, 'apps', 'api', 'src', 'main.js'),
  worker: join(BUILD_ROOT, 'apps', 'worker', 'src', 'main.js'),
};

const EMBEDDED_POSTGRES_PORT = 54329;
/** The application role when APP_DATABASE_URL is not given: one per PostgreSQL server, as roles are. */
const APPLICATION_ROLE = 'samverkan_app';
/** A connection for each job the worker runs at once on its queues (docs/queue.md), and a few to spare. */
const WORKER_POOL_SIZE = 20;
const API_READY_TIMEOUT_MS = 120_000;

async function main(): Promise<void> {
  const lifecycle = new Lifecycle(log);
  lifecycle.handleSignals();
  lifecycle.stopWhenOrphaned();
  try {
    await run(lifecycle);
  } catch (error) {
    // A stop was asked for while starting: that shutdown exits by itself.
    if (lifecycle.isStopping || error instanceof ShuttingDown) return;
    log.error(error instanceof StartError ? error.message : describeUnexpected(error));
    await lifecycle.stopAndExit(1);
  }
}

async function run(lifecycle: Lifecycle): Promise<void> {
  const settings = readSettings(process.env, PROJECT_ROOT);
  await mkdir(settings.dataDir, { recursive: true });
  const ledger = new ProcessLedger(join(settings.dataDir, 'processes.json'));
  await ledger.reapLeftovers(log);
  await assertApiPortFree(settings);
  // Decided before anything starts, so "no Redis" costs no clean-up.
  const redisPlan = await planRedis(settings.redis);
  const jwtSecret = settings.jwtSecret ?? (await persistentJwtSecret(settings.dataDir));

  const database = await provideDatabase(lifecycle, settings, ledger);
  const appDatabaseUrl = settings.appDatabaseUrl ?? (await applicationRoleUrl(database.url, settings.dataDir));
  const redis = await provideRedis(lifecycle, redisPlan, settings, ledger);

  // The owner's connection (DATABASE_URL) goes to migrate alone.
  const { DATABASE_URL: _ownerUrl, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    APP_DATABASE_URL: appDatabaseUrl,
    REDIS_URL: redis.url,
    JWT_SECRET: jwtSecret,
    MAIL_DROP_DIR: settings.mailDropDir,
    PUBLIC_URL: process.env.PUBLIC_URL || new URL(settings.api.url).origin, // e-mail links: the address printed below unless set
  };
  const spawnNode = (name: string, script: string, args: string[] = [], extraEnv: NodeJS.ProcessEnv = {}): ManagedProcess =>
    nodeProcess({ name, script, args, env: { ...env, ...extraEnv }, ledger });
  // migrate creates the application role when missing and grants it its privileges.
  await runToCompletion(lifecycle, 'migrate', (name, script, args) => spawnNode(name, script, args, { DATABASE_URL: database.url }));
  await runToCompletion(lifecycle, 'seed', spawnNode);

  const services = lifecycle.track(() => [spawnNode('api', SCRIPTS.api), spawnNode('worker', SCRIPTS.worker, [], { DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? String(WORKER_POOL_SIZE) })]);
  const servers = [database.server, redis.server].filter((server): server is ManagedProcess => server !== undefined);
  const crash = firstUnexpectedExit([...servers, ...services]);
  const crashed = new AbortController();
  void crash.then(({ name, status }) => crashed.abort(crashMessage(name, status)));

  await pollUntil(() => answersGraphql(settings.api.url), {
    waitingFor: `the GraphQL API at ${settings.api.url}`,
    timeoutMs: API_READY_TIMEOUT_MS,
    intervalMs: 500,
    signal: crashed.signal,
  });
  printBanner(log, { webUrl: settings.api.webUrl, graphqlUrl: settings.api.url, postgres: database.fact, redis: redis.fact, dataDir: settings.dataDir });

  // From here on the command only watches: Ctrl-C exits through the
  // lifecycle's signal handler; a crash ends up here and stops the rest.
  const { name, status } = await crash;
  throw crashMessage(name, status);
}

/** A service the system needs: where it is, a line for the banner, and our server process if we started one. */
interface Provided {
  url: string;
  fact: string;
  server?: ManagedProcess;
}

/** DATABASE_URL as it is, else the embedded PostgreSQL. */
async function provideDatabase(lifecycle: Lifecycle, settings: StartSettings, ledger: ProcessLedger): Promise<Provided> {
  if (settings.databaseUrl !== undefined) {
    log.info('PostgreSQL: using DATABASE_URL');
    return { url: settings.databaseUrl, fact: 'from DATABASE_URL' };
  }
  const postgres = await startEmbeddedPostgres(lifecycle, {
    dataRoot: settings.dataDir,
    clusterDir: join(settings.dataDir, 'postgres'),
    passwordFile: join(settings.dataDir, 'postgres-password'),
    logFile: join(settings.dataDir, 'postgres.log'),
    preferredPort: EMBEDDED_POSTGRES_PORT,
    database: 'samverkan',
    ledger,
    log,
  });
  return { url: postgres.url, fact: `embedded, 127.0.0.1:${postgres.port}, database samverkan`, server: postgres.server };
}

/**
 * APP_DATABASE_URL when not given: the owner's server and database as
 * samverkan_app, with a password generated once and kept in the data dir.
 */
async function applicationRoleUrl(ownerUrl: string, dataDir: string): Promise<string> {
  const { value: password } = await readOrCreateSecret(join(dataDir, 'postgres-app-password'));
  const url = new URL(ownerUrl);
  url.username = APPLICATION_ROLE;
  url.password = password;
  return url.toString();
}

/** The Redis the plan found, else a redis-server of our own. */
async function provideRedis(lifecycle: Lifecycle, plan: RedisPlan, settings: StartSettings, ledger: ProcessLedger): Promise<Provided> {
  if (plan.kind === 'given') {
    const fact = `${plan.url} (${plan.source})`;
    log.info(`Redis: using ${fact}`);
    return { url: plan.url, fact };
  }
  const redis = await startRedisServer(lifecycle, {
    binary: plan.binary,
    dataDir: join(settings.dataDir, 'redis'),
    logFile: join(settings.dataDir, 'redis.log'),
    ledger,
    log,
  });
  return { url: redis.url, fact: `${redis.url} (redis-server started for this run)`, server: redis.server };
}

/** Checked up front: otherwise another server on the port could answer our readiness probe. */
async function assertApiPortFree(settings: StartSettings): Promise<void> {
  if (!(await isPortFree(settings.api.port, settings.api.host))) {
    throw new StartError(
      `Port ${settings.api.port} is already in use (is Samverkan already running?): stop that process or set PORT`,
    );
  }
}

/** Kept so access tokens stay valid from one run to the next. */
async function persistentJwtSecret(dataDir: string): Promise<string> {
  const file = join(dataDir, 'jwt-secret');
  const { value, created } = await readOrCreateSecret(file);
  if (value.length < 32) throw new StartError(`${file} holds a secret shorter than 32 characters: delete it or set JWT_SECRET`);
  if (created) log.info(`JWT secret: generated and saved in ${file}`);
  return value;
}

/** A one-shot CLI command (migrate, seed) that must succeed before the services start. */
async function runToCompletion(
  lifecycle: Lifecycle,
  command: string,
  spawnNode: (name: string, script: string, args: string[]) => ManagedProcess,
): Promise<void> {
  log.info(`Running ${command}`);
  const child = lifecycle.track(() => spawnNode(command, SCRIPTS.cli, [command]));
  const status = await child.exited;
  lifecycle.untrack(child);
  if (lifecycle.isStopping) throw new ShuttingDown(`${command} interrupted`);
  if (status.code !== 0) {
    throw new StartError(`${command} failed (${describeExit(status)}); see the [${command}] lines above`);
  }
}

function nodeProcess(options: {
  name: string;
  script: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  ledger: ProcessLedger;
}): ManagedProcess {
  return new ManagedProcess({
    name: options.name,
    command: process.execPath,
    args: [options.script, ...options.args],
    cwd: PROJECT_ROOT,
    env: options.env,
    ledger: options.ledger,
    stopSignal: 'SIGTERM',
    stopTimeoutMs: 15_000,
  });
}

function firstUnexpectedExit(processes: ManagedProcess[]): Promise<{ name: string; status: ExitStatus }> {
  return Promise.race(processes.map((child) => child.exitedUnexpectedly.then((status) => ({ name: child.name, status }))));
}

function crashMessage(name: string, status: ExitStatus): StartError {
  return new StartError(`${name} exited unexpectedly (${describeExit(status)}); stopping everything`);
}

function describeUnexpected(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

void main();
