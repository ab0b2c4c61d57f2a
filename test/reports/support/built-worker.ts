import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');

export interface WorkerEnv {
  /** The application role's connection (APP_DATABASE_URL). */
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  smtpUrl: string;
  outboxPollMs: number;
  /** More variables, or other values, e.g. DATABASE_POOL_SIZE or WORKER_CONCURRENCY. */
  extra?: Record<string, string>;
}

/**
 * The worker built with swc into a directory of its own (so a concurrent
 * `npm run build` cannot pull files from under it), run as child processes.
 */
export class BuiltWorker {
  private constructor(private readonly dir: string) {}

  static build(): BuiltWorker {
    const dir = join(ROOT, '.data', `test-build-${randomBytes(4).toString('hex')}`);
    execFileSync('npx', ['swc', 'apps', 'libs', '-d', dir, '--copy-files', '--quiet'], { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
    return new BuiltWorker(dir);
  }

  /** Starts one worker process; its output is appended to `log`. */
  start(env: WorkerEnv, log: { text: string }): ChildProcess {
    const child = spawn(process.execPath, [join(this.dir, 'apps', 'worker', 'src', 'main.js')], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        APP_DATABASE_URL: env.databaseUrl,
        DATABASE_POOL_SIZE: '10',
        REDIS_URL: env.redisUrl,
        REDIS_PREFIX: env.redisPrefix,
        SMTP_URL: env.smtpUrl,
        JWT_SECRET: 'test-secret-that-is-long-enough-000000',
        OUTBOX_POLL_MS: String(env.outboxPollMs),
        LOG_LEVEL: 'warn',
        ...env.extra,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (log.text += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (log.text += chunk.toString()));
    return child;
  }

  /** SIGKILL, and wait until the process is gone. */
  static async kill(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  remove(): Promise<void> {
    return rm(this.dir, { recursive: true, force: true });
  }
}
