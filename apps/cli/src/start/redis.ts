import { constants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import { connect } from 'node:net';
import { delimiter, join } from 'node:path';
import type { Lifecycle } from './lifecycle';
import type { Log } from './log';
import type { ProcessLedger } from './process-ledger';
import { ManagedProcess, describeExit } from './managed-process';
import { pollUntil } from './poll';
import { freePort } from './ports';
import { StartError } from './start-error';

/** Where Redis comes from, decided before anything is started. */
export type RedisPlan =
  | { kind: 'given'; url: string; source: string }
  | { kind: 'start-server'; binary: string };

export interface RedisDiscovery {
  /** REDIS_URL, when set: used as it is. */
  redisUrl?: string;
  /** The Redis tried next (127.0.0.1:6379 unless overridden for tests). */
  probeUrl: string;
  /** The PATH searched for redis-server. */
  path: string;
}

export const NO_REDIS_MESSAGE =
  'Redis is needed but none was found: set REDIS_URL=redis://HOST:PORT, start Redis on 127.0.0.1:6379, ' +
  'or install redis-server (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis).';

/** REDIS_URL, else a Redis answering on the probe address, else a redis-server we start ourselves. */
export async function planRedis(discovery: RedisDiscovery): Promise<RedisPlan> {
  if (discovery.redisUrl) return { kind: 'given', url: discovery.redisUrl, source: 'REDIS_URL' };
  if (await pingRedis(discovery.probeUrl)) {
    return { kind: 'given', url: discovery.probeUrl, source: 'the Redis already running there' };
  }
  const binary = await findExecutable('redis-server', discovery.path);
  if (binary) return { kind: 'start-server', binary };
  throw new StartError(NO_REDIS_MESSAGE);
}

/**
 * True when a Redis at url answers PING with PONG. Spoken by hand over a
 * socket so that a missing server costs one refused connection, not a client
 * library retrying in the background.
 */
export function pingRedis(url: string, timeoutMs = 1_000): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname.replace(/^\[|\]$/g, '') || '127.0.0.1', port: Number(port || 6379) });
    let reply = '';
    const finish = (answered: boolean): void => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write('*1\r\n$4\r\nPING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('latin1');
      if (reply.includes('\r\n')) finish(reply.startsWith('+PONG'));
    });
  });
}

/** The first executable file called name in the directories of PATH. */
export async function findExecutable(name: string, path: string): Promise<string | undefined> {
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this directory.
    }
  }
  return undefined;
}

/**
 * Starts redis-server as a child on a private port, its data under dataDir:
 * AOF on and no eviction, because queued jobs must not silently disappear.
 * Returns once it answers PING.
 */
export async function startRedisServer(
  lifecycle: Lifecycle,
  options: { binary: string; dataDir: string; logFile: string; ledger: ProcessLedger; log: Log },
): Promise<{ url: string; server: ManagedProcess }> {
  await mkdir(options.dataDir, { recursive: true });
  const port = await freePort();
  const server = lifecycle.track(
    () =>
      new ManagedProcess({
        name: 'redis',
        command: options.binary,
        args: [
          '--port', String(port),
          '--bind', '127.0.0.1',
          '--dir', options.dataDir,
          '--appendonly', 'yes',
          '--maxmemory-policy', 'noeviction',
          '--daemonize', 'no',
        ],
        logFile: options.logFile,
        ledger: options.ledger,
        stopSignal: 'SIGTERM',
        stopTimeoutMs: 10_000,
      }),
  );
  const url = `redis://127.0.0.1:${port}`;
  const died = new AbortController();
  void server.exited.then((status) =>
    died.abort(
      new StartError(
        `redis-server exited while starting (${describeExit(status)}): ${server.recentOutput().slice(-3).join(' | ')} ` +
          `(full log: ${options.logFile})`,
      ),
    ),
  );
  await pollUntil(() => pingRedis(url), {
    waitingFor: `redis-server on port ${port}`,
    timeoutMs: 15_000,
    signal: died.signal,
  });
  options.log.info(`Redis: started ${options.binary} on ${url} (data in ${options.dataDir}, log in ${options.logFile})`);
  return { url, server };
}
