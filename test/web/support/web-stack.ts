import { ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AppConfig } from '@samverkan/config';
import { TestApi, startTestApi, testMailConfig } from '@samverkan/testing';

const ROOT = resolve(__dirname, '..', '..', '..');

/** The api (serving the built workspace from dist/web) and the built worker, on this suite's own database and Redis prefix. */
export interface WebStack {
  api: TestApi;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Where the worker drops the e-mails it sends (.eml files), unless they go to an SMTP server. */
  mailDir: string;
  workerOutput: { text: string };
  close(): Promise<void>;
}

export interface WebStackOptions {
  config?: Partial<AppConfig>;
  port?: number;
  /** The api and the worker send e-mail to this SMTP server instead of dropping it as files. */
  smtpUrl?: string;
  /** More of the worker's environment, e.g. a webhook signing secret. */
  workerEnv?: Record<string, string>;
}

function startWorker(api: TestApi, mailDir: string, output: { text: string }, options: WebStackOptions): ChildProcess {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'apps', 'worker', 'src', 'main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      DATABASE_URL: api.db.url,
      DATABASE_POOL_SIZE: '6',
      REDIS_URL: api.redis.url,
      REDIS_PREFIX: api.redis.prefix,
      JWT_SECRET: 'test-secret-that-is-long-enough-000000',
      OUTBOX_POLL_MS: '200',
      ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : { MAIL_DROP_DIR: mailDir }),
      WORKER_HEALTH_PORT: '0',
      LOG_LEVEL: 'warn',
      ...options.workerEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
  return child;
}

async function stopWorker(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Boots the seeded api (the 2019–2021 plan and its demo people) and a worker beside it. */
export async function startWebStack(options: WebStackOptions = {}): Promise<WebStack> {
  const config = options.smtpUrl ? { ...options.config, mail: testMailConfig(options.smtpUrl) } : options.config;
  const api = await startTestApi({ config, port: options.port });
  const mailDir = await mkdtemp(join(tmpdir(), 'samverkan-web-mail-'));
  const workerOutput = { text: '' };
  const worker = startWorker(api, mailDir, workerOutput, options);
  return {
    api,
    origin: new URL(api.url).origin,
    mailDir,
    workerOutput,
    async close() {
      await stopWorker(worker);
      await api.close();
      await rm(mailDir, { recursive: true, force: true });
    },
  };
}
