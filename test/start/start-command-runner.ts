/**
 * Runs the start command (or `npm start`) as a child process for the
 * end-to-end tests, with throwaway databases, Redis prefixes and folders.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cp, mkdtemp, realpath, rm, symlink } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';

export const ROOT = resolve(__dirname, '..', '..');
const START_SCRIPT = join(ROOT, 'dist', 'apps', 'cli', 'src', 'start.js');
// The same variables, and defaults, as the rest of the test suite.
export const ADMIN_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const LOCAL_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 45_000;
export const TEST_TIMEOUT_MS = READY_TIMEOUT_MS + STOP_TIMEOUT_MS + 30_000;

/** Variables the start command reads; each test sets its own so the surrounding run cannot leak in. */
const START_VARIABLES = [
  'DATABASE_URL',
  'APP_DATABASE_URL',
  'REDIS_URL',
  'REDIS_PREFIX',
  'JWT_SECRET',
  'HOST',
  'PORT',
  'MAIL_DROP_DIR',
  'SMTP_URL',
  'SEED_DEMO',
  'SAMVERKAN_DATA_DIR',
  'SAMVERKAN_REDIS_PROBE_URL',
];

/** What a test set up, undone newest first after it (stop the command, then drop what it used). */
export type Cleanups = Array<() => Promise<void>>;

export async function runCleanups(cleanups: Cleanups): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
}

interface GraphqlAnswer<T> {
  data?: T | null;
  errors?: unknown[];
}

/** The start command as a child process, with its output collected. */
export class StartCommand {
  output = '';
  private exitStatus?: { code: number | null; signal: NodeJS.Signals | null };
  private readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(private readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    this.exited = new Promise((resolveExit) =>
      child.once('exit', (code, signal) => {
        this.exitStatus = { code, signal };
        resolveExit(this.exitStatus);
      }),
    );
  }

  /** dist/apps/cli/src/start.js of this checkout, as built by the test run's global setup. */
  static spawn(cleanups: Cleanups, variables: Record<string, string>): StartCommand {
    return StartCommand.run(cleanups, process.execPath, [START_SCRIPT], ROOT, variables);
  }

  /** `npm start` exactly as the README says, in a project folder of its own (it rebuilds dist/ there). */
  static spawnNpmStart(cleanups: Cleanups, projectDir: string, variables: Record<string, string>): StartCommand {
    return StartCommand.run(cleanups, 'npm', ['start'], projectDir, variables);
  }

  private static run(cleanups: Cleanups, command: string, args: string[], cwd: string, variables: Record<string, string>): StartCommand {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of START_VARIABLES) delete env[name];
    Object.assign(env, variables);
    const started = new StartCommand(spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] }));
    // A failed test must not leave a start command (and its servers) behind.
    cleanups.push(() => started.kill());
    return started;
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error('The start command did not start');
    return this.child.pid;
  }

  /** Waits (bounded) for the line that says where GraphQL answers. */
  async graphqlUrl(): Promise<string> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      const found = /GraphQL API: (http:\/\/\S+\/graphql)/.exec(this.output);
      if (found) return found[1];
      if (this.exitStatus) throw new Error(`The start command exited early: ${JSON.stringify(this.exitStatus)}\n${this.tail()}`);
      if (Date.now() > deadline) throw new Error(`No GraphQL URL within ${READY_TIMEOUT_MS / 1000} s\n${this.tail()}`);
      await sleep(200);
    }
  }

  /** The data of a GraphQL operation over plain HTTP; any error fails the test with the command's output. */
  async graphql<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    });
    const answer = (await response.json()) as GraphqlAnswer<T>;
    if (answer.errors || !answer.data) {
      throw new Error(`GraphQL answered ${response.status} ${JSON.stringify(answer)}\n${this.tail()}`);
    }
    return answer.data;
  }

  /** Every process below the start command right now (api, worker, servers and their own children). */
  descendants(): number[] {
    const parents = new Map<number, number>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const parent = parentOf(Number(entry));
      if (parent !== undefined) parents.set(Number(entry), parent);
    }
    const below = new Set<number>([this.pid]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [pid, parent] of parents) {
        if (below.has(parent) && !below.has(pid)) {
          below.add(pid);
          grew = true;
        }
      }
    }
    below.delete(this.pid);
    return [...below];
  }

  /** Ctrl-C (or another signal), then exit code 0 within the time limit and none of its processes left. */
  async expectCleanStop(children: number[], signal: NodeJS.Signals = 'SIGINT'): Promise<void> {
    this.child.kill(signal);
    const status = await this.waitForExit(STOP_TIMEOUT_MS);
    if (status.code !== 0) throw new Error(`Stopped with ${JSON.stringify(status)}\n${this.tail()}`);
    const deadline = Date.now() + 5_000;
    while (children.some(isAlive) && Date.now() < deadline) await sleep(100);
    const left = children.filter(isAlive).map((pid) => `${pid} ${commandOf(pid)}`);
    expect(left).toEqual([]);
  }

  async waitForExit(timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Still running after ${timeoutMs / 1000} s\n${this.tail()}`)), timeoutMs);
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** For a test that failed half-way: stop it, and insist if it does not. */
  async kill(): Promise<void> {
    if (this.exitStatus) return;
    const children = this.descendants();
    this.child.kill('SIGTERM');
    try {
      await this.waitForExit(STOP_TIMEOUT_MS);
    } catch {
      this.child.kill('SIGKILL');
      for (const pid of children) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    }
  }

  tail(): string {
    return `--- start command output (last lines) ---\n${this.output.split('\n').slice(-60).join('\n')}`;
  }
}

/** A database of its own on the local PostgreSQL, dropped after the test. */
export async function throwawayDatabase(cleanups: Cleanups): Promise<string> {
  const name = `samverkan_start_${randomSuffix()}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  cleanups.push(() => withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined));
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A client connection of the running system to its database: as whom, and whether that role could switch the audit trigger off. */
export interface DatabaseConnection {
  role: string;
  superuser: boolean;
  /** Tables in schema public the role owns or may act as the owner of. */
  ownedTables: number;
}

/** The system's connections to the database of ownerUrl, seen through the owner's own (which is left out). */
export async function databaseConnections(ownerUrl: string): Promise<DatabaseConnection[]> {
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const { rows } = await owner.query<DatabaseConnection>(
      `SELECT a.usename AS role, r.rolsuper AS superuser,
              (SELECT count(*) FROM pg_class c
                WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND pg_has_role(a.usesysid, c.relowner, 'MEMBER'))::int AS "ownedTables"
         FROM pg_stat_activity a JOIN pg_roles r ON r.oid = a.usesysid
        WHERE a.datname = current_database() AND a.backend_type = 'client backend' AND a.pid <> pg_backend_pid()`,
    );
    return rows;
  } finally {
    await owner.end();
  }
}

async function withAdmin<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** A Redis key prefix of its own on the local Redis; its keys are deleted after the test. */
export async function throwawayRedisPrefix(cleanups: Cleanups): Promise<string> {
  const prefix = `samverkan-start-${randomSuffix()}`;
  cleanups.push(async () => {
    const redis = new Redis(LOCAL_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await redis.connect();
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
  });
  return prefix;
}

/**
 * A copy of the project's sources and build configuration, sharing
 * node_modules: `npm start` there builds its own dist/ instead of replacing
 * the one the other suites of this run are using.
 */
export async function projectCopy(cleanups: Cleanups): Promise<string> {
  const dir = await temporaryDirectory(cleanups);
  for (const entry of ['package.json', '.swcrc', 'tsconfig.json', 'apps', 'libs']) {
    await cp(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  await symlink(await realpath(join(ROOT, 'node_modules')), join(dir, 'node_modules'), 'dir');
  return dir;
}

export async function temporaryDirectory(cleanups: Cleanups): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'samverkan-start-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** True while something on 127.0.0.1 accepts a TCP connection on port. */
export function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolveCheck) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.setTimeout(2_000);
    socket.once('connect', () => {
      socket.destroy();
      resolveCheck(true);
    });
    socket.once('error', () => resolveCheck(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolveCheck(false);
    });
  });
}

export function randomSuffix(): string {
  return randomBytes(6).toString('hex');
}

export function findOnPath(name: string): string | undefined {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, name))
    .find((candidate) => existsSync(candidate));
}

/** Alive and not a zombie waiting for its parent to collect it. */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

export function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
}
