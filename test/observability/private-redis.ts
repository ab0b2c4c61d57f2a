import { ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { freePort, waitFor } from './observability-support';

/**
 * A redis-server of its own on a free port, for what must not touch the
 * machine's shared Redis: changing its settings, killing and restarting it.
 */
export class PrivateRedis {
  private process?: ChildProcess;

  private constructor(
    private readonly port: number,
    private readonly dir: string,
    private readonly settings: string[],
  ) {}

  /** `settings` as on the redis-server command line, e.g. ['--appendonly', 'yes']. */
  static async start(settings: string[]): Promise<PrivateRedis> {
    const redis = new PrivateRedis(await freePort(), await mkdtemp(join(tmpdir(), 'sv-redis-')), settings);
    await redis.run();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async command(...args: [string, ...string[]]): Promise<unknown> {
    const client = new Redis(this.url, { maxRetriesPerRequest: 0, retryStrategy: () => null, lazyConnect: true });
    client.on('error', () => undefined);
    try {
      await client.connect();
      return await client.call(...args);
    } finally {
      client.disconnect();
    }
  }

  /** SIGKILL: a crash. Without persistence every key is gone when it comes back. */
  async kill(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  /** Starts it again on the same port and directory. */
  run(): Promise<void> {
    this.process = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, ...this.settings], { stdio: 'ignore' });
    return waitFor('the private redis-server to answer', () => this.command('PING').then((reply) => reply === 'PONG', () => false));
  }

  async stop(): Promise<void> {
    await this.kill();
    await rm(this.dir, { recursive: true, force: true });
  }
}
