import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@samverkan/config';
import { buildDataSourceOptions } from '@samverkan/database';
import { QueueConsumers, loadObservabilityConfig } from '@samverkan/observability';
import { JobName, OutboxService, QueueName } from '@samverkan/queue';
import { TestDatabase, TestRedis, createTestDatabase, createTestRedis, testConfig } from '@samverkan/testing';
import { DataSource } from 'typeorm';
import { createWorker } from '../../apps/worker/src/worker.app';
import { SmtpSink } from '../worker/smtp-sink';
import { freePort, sample, waitFor } from './observability-support';

const METRICS_TOKEN = 'worker-scrape-token-0123';

/** The worker's own listener: readiness from its dependencies, its consumers and its relay; job, queue and outbox metrics. */
describe('worker health and metrics', () => {
  let db: TestDatabase;
  let redis: TestRedis;
  let smtp: SmtpSink;
  let dataSource: DataSource;
  let config: AppConfig;
  let worker: INestApplicationContext | undefined;
  let base: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    redis = createTestRedis();
    smtp = await SmtpSink.start();
    dataSource = new DataSource(buildDataSourceOptions(db.url, 2));
    await dataSource.initialize();
    const defaults = testConfig(db.url, redis.url, redis.prefix);
    config = { ...defaults, host: '127.0.0.1', mail: { ...defaults.mail, smtpUrl: smtp.url } };
  });

  beforeEach(async () => {
    const port = await freePort();
    worker = await createWorker(config, { ...loadObservabilityConfig({}, 'test'), workerHealthPort: port, metricsToken: METRICS_TOKEN });
    base = `http://127.0.0.1:${port}`;
  });

  afterEach(async () => {
    await worker?.close();
    worker = undefined;
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await smtp?.close();
    await redis?.flush();
    await db?.drop();
  });

  const scrape = async (): Promise<string> =>
    (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();

  it('is live, and ready once every queue is consumed and the relay has passed', async () => {
    expect(await (await fetch(`${base}/health/live`)).json()).toEqual({ status: 'live' });
    let ready: Response | undefined;
    await waitFor('the worker to be ready', async () => (ready = await fetch(`${base}/health/ready`)).status === 200);
    expect(await ready!.json()).toEqual({
      status: 'ready',
      checks: { postgres: 'up', redis: 'up', 'queue:delivery': 'up', 'queue:report-copies': 'up', 'queue:reminders': 'up', 'queue:maintenance': 'up', relay: 'up' },
    });
  });

  it('is not ready, naming the queue, when the queue has no running consumer', async () => {
    await waitFor('the worker to be ready', async () => (await fetch(`${base}/health/ready`)).status === 200);
    const delivery = worker!.get(QueueConsumers).workers().find((candidate) => candidate.name === QueueName.DELIVERY);
    await delivery!.close();
    const response = await fetch(`${base}/health/ready`);
    expect(response.status).toBe(503);
    const report = (await response.json()) as { status: string; checks: Record<string, string> };
    expect(report.status).toBe('unavailable');
    expect(report.checks['queue:delivery']).toBe('down');
    expect(report.checks['queue:report-copies']).toBe('up');
  });

  it('serves metrics only with the token, with job durations, queue depths, outbox backlog and reminders', async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    const messageId = `<observability.${randomUUID()}@samverkan>`;
    const id = await dataSource.transaction((tx) =>
      new OutboxService().add(tx, { jobName: JobName.SEND_EMAIL, payload: { to: ['a@fk.se'], subject: 'Hej', text: 'Hej', messageId } }),
    );
    await waitFor('the e-mail to be sent', () => smtp.count(messageId) === 1);
    await waitFor('the job to be counted', async () => (sample(await scrape(), 'job_duration_seconds_count{queue="delivery",job="send-email",outcome="completed"}') ?? 0) >= 1);

    const metrics = await scrape();
    expect(sample(metrics, 'queue_depth{queue="delivery",state="waiting"}')).toBe(0);
    expect(sample(metrics, 'queue_depth{queue="reminders",state="failed"}')).toBe(0);
    expect(sample(metrics, 'outbox_backlog{queue="delivery"}')).toBe(0);
    expect(sample(metrics, 'outbox_oldest_undelivered_age_seconds{queue="report-copies"}')).toBe(0);
    expect(sample(metrics, 'reminders_late')).toBe(0);
    expect((await dataSource.query(`SELECT completed_at IS NOT NULL AS done FROM outbox_messages WHERE id = $1`, [id]))[0].done).toBe(true);
  });

  it('shows an undelivered message in the backlog with its age', async () => {
    // Not due for an hour: it stays in the outbox, uncompleted.
    await dataSource.transaction((tx) =>
      new OutboxService().add(tx, {
        jobName: JobName.SEND_EMAIL,
        payload: { to: ['b@fk.se'], subject: 'Senare', text: 'Senare', messageId: `<later.${randomUUID()}@samverkan>` },
        availableAt: new Date(Date.now() + 3_600_000),
      }),
    );
    await dataSource.query(`UPDATE outbox_messages SET created_at = now() - interval '90 seconds' WHERE completed_at IS NULL`);
    const metrics = await scrape();
    expect(sample(metrics, 'outbox_backlog{queue="delivery"}')).toBe(1);
    expect(sample(metrics, 'outbox_oldest_undelivered_age_seconds{queue="delivery"}')).toBeGreaterThanOrEqual(90);
  });

  it('stops answering as soon as it begins to shut down', async () => {
    await worker!.close();
    worker = undefined;
    await expect(fetch(`${base}/health/live`)).rejects.toThrow();
  });
});
