/**
 * `npm start` stopped by a signal sent to the npm process alone, as a
 * process supervisor, `kill` or a closing session does (a terminal's Ctrl-C
 * signals the whole process group instead). Nothing it started may be left
 * running, and its ports must be free.
 */
import {
  Cleanups,
  LOCAL_REDIS_URL,
  StartCommand,
  TEST_TIMEOUT_MS,
  acceptsConnections,
  commandOf,
  findOnPath,
  freePort,
  projectCopy,
  runCleanups,
  temporaryDirectory,
  throwawayDatabase,
  throwawayRedisPrefix,
} from './start-command-runner';

// Longer than the other start tests: `npm start` builds first, and initialises a PostgreSQL cluster.
const NPM_START_TIMEOUT_MS = TEST_TIMEOUT_MS + 60_000;

describe('npm start, stopped by a signal to the npm process', () => {
  const cleanups: Cleanups = [];
  afterEach(() => runCleanups(cleanups));

  const privateRedis = findOnPath('redis-server') !== undefined;
  it(
    `SIGTERM stops the api, the worker, the embedded PostgreSQL${privateRedis ? ' and the private redis-server' : ''}, and frees their ports`,
    async () => {
      const projectDir = await projectCopy(cleanups);
      const apiPort = await freePort();
      const running = StartCommand.spawnNpmStart(cleanups, projectDir, {
        SAMVERKAN_DATA_DIR: await temporaryDirectory(cleanups),
        PORT: String(apiPort),
        ...(privateRedis
          ? { SAMVERKAN_REDIS_PROBE_URL: `redis://127.0.0.1:${await freePort()}` }
          : { REDIS_URL: LOCAL_REDIS_URL, REDIS_PREFIX: await throwawayRedisPrefix(cleanups) }),
      });
      await running.graphqlUrl();
      const ports = [apiPort, portIn(running.output, /PostgreSQL: +embedded, 127\.0\.0\.1:(\d+)/)];
      if (privateRedis) ports.push(portIn(running.output, /Redis: +redis:\/\/127\.0\.0\.1:(\d+) \(redis-server started/));

      const children = running.descendants();
      const commands = children.map(commandOf).join('\n');
      for (const part of ['apps/api/src/main.js', 'apps/worker/src/main.js', 'postgres', ...(privateRedis ? ['redis-server'] : [])]) {
        expect(commands).toContain(part);
      }
      await running.expectCleanStop(children, 'SIGTERM');
      for (const port of ports) expect({ port, open: await acceptsConnections(port) }).toEqual({ port, open: false });
    },
    NPM_START_TIMEOUT_MS,
  );

  it(
    'SIGINT stops the api and the worker and frees the api port',
    async () => {
      const projectDir = await projectCopy(cleanups);
      const apiPort = await freePort();
      const running = StartCommand.spawnNpmStart(cleanups, projectDir, {
        DATABASE_URL: await throwawayDatabase(cleanups),
        REDIS_URL: LOCAL_REDIS_URL,
        REDIS_PREFIX: await throwawayRedisPrefix(cleanups),
        SAMVERKAN_DATA_DIR: await temporaryDirectory(cleanups),
        PORT: String(apiPort),
      });
      await running.graphqlUrl();

      const children = running.descendants();
      expect(children.length).toBeGreaterThanOrEqual(2);
      await running.expectCleanStop(children, 'SIGINT');
      expect(await acceptsConnections(apiPort)).toBe(false);
    },
    NPM_START_TIMEOUT_MS,
  );
});

function portIn(output: string, pattern: RegExp): number {
  const found = pattern.exec(output);
  if (!found) throw new Error(`No ${pattern} in the start command's output:\n${output}`);
  return Number(found[1]);
}
