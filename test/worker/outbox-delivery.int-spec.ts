import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig, ConfigModule } from '@samverkan/config';
import { DatabaseModule, buildDataSourceOptions } from '@samverkan/database';
import { JobName, OutboxService, QueueModule, QueueName, QueueWorkerModule, SendEmailPayload } from '@samverkan/queue';
import { TestDatabase, TestRedis, createTestDatabase, createTestRedis, testConfig } from '@samverkan/testing';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { createWorker } from '../../apps/worker/src/worker.app';
import { SmtpSink } from './smtp-sink';

interface Row {
  id: string;
  relayed_at: Date | null;
  completed_at: Date | null;
  available_at: Date;
  attempts: number;
  last_error: string | null;
}

/** Polls until `check` holds; fails with `what` when the deadline passes. */
async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Long enough for a duplicate delivery to show up, if there were one. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

describe('outbox delivery through the worker', () => {
  const outbox = new OutboxService();
  const running: INestApplicationContext[] = [];
  let db: TestDatabase;
  let redis: TestRedis;
  let smtp: SmtpSink;
  let dataSource: DataSource;
  let config: AppConfig;

  beforeAll(async () => {
    db = await createTestDatabase();
    redis = createTestRedis();
    smtp = await SmtpSink.start();
    dataSource = new DataSource(buildDataSourceOptions(db.url, 2));
    await dataSource.initialize();
    const base = testConfig(db.url, redis.url, redis.prefix);
    config = { ...base, mail: { ...base.mail, smtpUrl: smtp.url } };
  });

  afterEach(async () => {
    await stopWorkers();
    smtp.refusing = false;
    smtp.replyDelayMs = 0;
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await smtp?.close();
    await redis?.flush();
    await db?.drop();
  });

  async function startWorker(): Promise<void> {
    running.push(await createWorker(config));
  }

  async function stopWorkers(): Promise<void> {
    await Promise.all(running.splice(0).map((app) => app.close()));
  }

  function email(tag: string): SendEmailPayload {
    const id = randomUUID();
    return {
      to: [`person.${tag}@fk.se`],
      subject: `Du har lagts till i en arbetsgrupp (${tag})`,
      text: 'Hej! Du är nu medlem i arbetsgrupp 3.',
      messageId: `<membership-added.${id}@samverkan>`,
    };
  }

  /** Adds the e-mails in one committed transaction; returns their outbox ids. */
  function addEmails(payloads: SendEmailPayload[]): Promise<string[]> {
    return dataSource.transaction(async (tx) => {
      const ids: string[] = [];
      for (const payload of payloads) ids.push(await outbox.add(tx, { jobName: JobName.SEND_EMAIL, payload }));
      return ids;
    });
  }

  async function rows(ids: string[]): Promise<Row[]> {
    return dataSource.query(
      `SELECT id, relayed_at, completed_at, available_at, attempts, last_error FROM outbox_messages WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async function allCompleted(ids: string[]): Promise<boolean> {
    return (await rows(ids)).every((row) => row.completed_at !== null);
  }

  it('delivers each committed message once, with its Message-ID, and marks it completed', async () => {
    await startWorker();
    const payloads = [email('a1'), email('a2'), email('a3')];
    const ids = await addEmails(payloads);

    await waitFor('the messages to be completed', () => allCompleted(ids));
    await settle();

    for (const payload of payloads) {
      expect(smtp.count(payload.messageId)).toBe(1);
      const mail = smtp.received.find((received) => received.messageId === payload.messageId);
      expect(mail?.to).toEqual(payload.to);
      expect(mail?.raw).toContain('Hej! Du =C3=A4r nu medlem i arbetsgrupp 3.');
    }
    for (const row of await rows(ids)) {
      expect(row).toMatchObject({ attempts: 0, last_error: null });
      expect(row.relayed_at).not.toBeNull();
    }
  });

  it('never sends a message whose transaction rolled back', async () => {
    await startWorker();
    const rolledBack = email('b-rolled-back');
    await expect(
      dataSource.transaction(async (tx) => {
        await outbox.add(tx, { jobName: JobName.SEND_EMAIL, payload: rolledBack });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const committed = email('b-committed');
    const ids = await addEmails([committed]);

    await waitFor('the committed message to be completed', () => allCompleted(ids));
    await settle();

    expect(smtp.count(committed.messageId)).toBe(1);
    expect(smtp.count(rolledBack.messageId)).toBe(0);
    const [{ count }] = await dataSource.query(
      `SELECT count(*)::int AS count FROM outbox_messages WHERE payload->>'messageId' = $1`,
      [rolledBack.messageId],
    );
    expect(count).toBe(0);
  });

  it('moves a committed message on at once, without waiting for the next poll, also after its listening connection is cut', async () => {
    // Polling alone would take a minute: only the commit's notification can be this quick.
    running.push(await createWorker({ ...config, outboxPollMs: 60_000 }));
    const listenerPids = async (): Promise<number[]> =>
      (
        await dataSource.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'samverkan-outbox-wakeups'`)
      ).map((row: { pid: number }) => row.pid);
    await waitFor('the worker to listen', async () => (await listenerPids()).length === 1);
    await settle();

    const first = await addEmails([email('n1')]);
    await waitFor('the message to be completed', () => allCompleted(first), 5_000);

    const [cut] = await listenerPids();
    await dataSource.query(`SELECT pg_terminate_backend($1)`, [cut]);
    await waitFor('the worker to listen again', async () => {
      const pids = await listenerPids();
      return pids.length === 1 && pids[0] !== cut;
    });
    await settle();
    const second = await addEmails([email('n2')]);
    await waitFor('the message after the reconnect to be completed', () => allCompleted(second), 5_000);
  });

  it('refuses to add a message outside a transaction', async () => {
    await expect(outbox.add(dataSource.manager, { jobName: JobName.SEND_EMAIL, payload: email('outside') })).rejects.toThrow(
      'OutboxService.add must run inside the transaction of the change that causes the job',
    );
  });

  it('still delivers exactly once when Redis loses everything between relay and processing', async () => {
    // A paused queue takes jobs but hands none to workers: relayed, not processed.
    const queue = new Queue(QueueName.DELIVERY, { connection: { url: redis.url }, prefix: redis.prefix });
    await queue.pause();
    await startWorker();
    const payloads = [email('c1'), email('c2'), email('c3')];
    const ids = await addEmails(payloads);
    await waitFor('the messages to be relayed', async () => (await rows(ids)).every((row) => row.relayed_at !== null));
    expect(await queue.getJobCountByTypes('wait')).toBe(3);
    await queue.close();

    await stopWorkers();
    await redis.flush();
    expect(await keysUnder(redis)).toBe(0);
    expect(payloads.map((payload) => smtp.count(payload.messageId))).toEqual([0, 0, 0]);

    await startWorker();
    await waitFor('the messages to be completed after the flush', () => allCompleted(ids));
    await settle();

    expect(payloads.map((payload) => smtp.count(payload.messageId))).toEqual([1, 1, 1]);
  });

  it('delivers each of 50 messages exactly once with two workers on the same database and Redis', async () => {
    await Promise.all([startWorker(), startWorker()]);
    const payloads = Array.from({ length: 50 }, (_, index) => email(`d${index}`));
    const ids = await addEmails(payloads);

    await waitFor('all 50 messages to be completed', () => allCompleted(ids));
    await settle();

    expect(payloads.filter((payload) => smtp.count(payload.messageId) !== 1)).toEqual([]);
  });

  it('records a failed delivery, backs off, and delivers when the retry comes due', async () => {
    smtp.refusing = true;
    await startWorker();
    const payload = email('f');
    const [id] = await addEmails([payload]);

    await waitFor('the failure to be recorded', async () => (await rows([id]))[0].attempts === 1);
    const [failed] = await rows([id]);
    expect(failed.last_error).toContain('451');
    expect(failed.relayed_at).toBeNull();
    expect(failed.completed_at).toBeNull();
    expect(failed.available_at.getTime()).toBeGreaterThan(Date.now() + 20_000);

    // Time passes: the backoff is over and the server accepts mail again.
    smtp.refusing = false;
    await dataSource.query(`UPDATE outbox_messages SET available_at = now() WHERE id = $1`, [id]);
    await waitFor('the retried message to be completed', () => allCompleted([id]));
    await settle();

    expect(smtp.count(payload.messageId)).toBe(1);
    expect((await rows([id]))[0]).toMatchObject({ attempts: 1, last_error: null });
  });

  it('finishes the job in progress before it shuts down', async () => {
    smtp.replyDelayMs = 1_000;
    await startWorker();
    const payload = email('g');
    const [id] = await addEmails([payload]);
    await waitFor('the message to reach the SMTP server', () => smtp.count(payload.messageId) === 1);

    await stopWorkers();

    expect((await rows([id]))[0].completed_at).not.toBeNull();
  });

  it('refuses to start when a job name has no handler', async () => {
    // The worker's modules without MailModule, which provides the send-email handler.
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config), DatabaseModule, QueueModule, QueueWorkerModule],
    }).compile();
    await expect(moduleRef.init()).rejects.toThrow('Worker cannot start: no handler for job "send-email"');
    // close() rethrows the failed start, so release the one connection pool it opened directly.
    await moduleRef.get(DataSource).destroy();
  });
});

async function keysUnder(redis: TestRedis): Promise<number> {
  const client = new Redis(redis.url, { maxRetriesPerRequest: 1 });
  try {
    let count = 0;
    for await (const keys of client.scanStream({ match: `${redis.prefix}:*`, count: 500 })) count += (keys as string[]).length;
    return count;
  } finally {
    client.disconnect();
  }
}
