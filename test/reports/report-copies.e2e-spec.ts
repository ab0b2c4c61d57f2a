import { createHash, createHmac } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@samverkan/config';
import { QueueName } from '@samverkan/queue';
import { TestApi, onlyError, startTestApi, testConfig } from '@samverkan/testing';
import { Queue } from 'bullmq';
import { createWorker } from '../../apps/worker/src/worker.app';
import { CopyMailbox, WebhookReceiver } from './support/copy-receivers';
import { SeededPlan, SubmittedVersion, Who, loginAll, seededPlan, submitGroupReport, waitFor } from './support/reports-api';

interface Delivery {
  id: string;
  channel: 'EMAIL' | 'WEBHOOK';
  status: 'PENDING' | 'IN_PROGRESS' | 'SENT' | 'RETRYING' | 'DEAD';
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  sentAt: string | null;
  serverReply: string | null;
  recipient: string | null;
  deliveryKey: string;
  agency: { code: string };
}

const DELIVERY_FIELDS = 'id channel status attempts lastError nextAttemptAt sentAt serverReply recipient deliveryKey agency { code }';
const WEBHOOK_SECRET = 'jamy-webhook-secret-for-tests-0123456789';

describe('copies of submitted reports to the Gender Equality Agency', () => {
  let api: TestApi;
  let plan: SeededPlan;
  let tokens: Record<Who, string>;
  let mailbox: CopyMailbox;
  let webhook: WebhookReceiver;
  let workerConfig: AppConfig;
  const workers: INestApplicationContext[] = [];
  /** Each submission reports on a year of its own, so any number fit in one suite. */
  let nextYear = 2019;

  beforeAll(async () => {
    process.env.REPORT_WEBHOOK_SECRET_JAMY = WEBHOOK_SECRET;
    [api, mailbox, webhook] = await Promise.all([startTestApi(), CopyMailbox.start(), WebhookReceiver.start()]);
    tokens = await loginAll(api);
    plan = await seededPlan(api, tokens.admin);
    await api.dataSource.query(`UPDATE plans SET period_end = '2099-12-31' WHERE id = $1`, [plan.planId]);
    const base = testConfig(api.db.url, api.redis.url, api.redis.prefix);
    workerConfig = { ...base, mail: { ...base.mail, smtpUrl: mailbox.url } };
  });

  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.close()));
    await mailbox.up();
  });

  afterAll(async () => {
    delete process.env.REPORT_WEBHOOK_SECRET_JAMY;
    await mailbox?.down();
    await webhook?.close();
    await api?.close();
  });

  const startWorker = async (): Promise<void> => {
    workers.push(await createWorker(workerConfig));
  };
  const stopWorkers = (): Promise<unknown> => Promise.all(workers.splice(0).map((worker) => worker.close()));
  const submit = (): Promise<SubmittedVersion> => submitGroupReport(api, tokens.coordinator3, plan, 3, nextYear++);

  async function deliveries(versionId: string): Promise<Delivery[]> {
    const { data, errors } = await api.gql<{ reportVersion: { deliveries: Delivery[] } }>(
      `query ($id: ID!) { reportVersion(id: $id) { deliveries { ${DELIVERY_FIELDS} } } }`,
      { id: versionId },
      tokens.observer,
    );
    if (errors) throw new Error(JSON.stringify(errors));
    return data!.reportVersion.deliveries;
  }

  const allSent = async (versionId: string): Promise<boolean> => (await deliveries(versionId)).every((d) => d.status === 'SENT');
  /** Long enough for a duplicate to show up, if there were one. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

  it('mails one copy with the PDF and the JSON attached; the JSON hashes to the version, and the record says sent', async () => {
    await startWorker();
    const version = await submit();
    await waitFor('the copy to be sent', () => allSent(version.id));
    await settle();

    const [delivery] = await deliveries(version.id);
    const messageId = `<report-version.${version.id}.copy.${plan.agencies.JAMY}@samverkan>`;
    expect(delivery).toMatchObject({ channel: 'EMAIL', status: 'SENT', attempts: 0, agency: { code: 'JAMY' }, recipient: 'registrator@jamy.example', deliveryKey: messageId });
    expect(delivery!.serverReply).toContain('Message accepted by the copy mailbox');
    expect(delivery!.nextAttemptAt).toBeNull();

    const copies = mailbox.byMessageId(messageId);
    expect(copies).toHaveLength(1);
    const [copy] = copies;
    expect(copy!.to).toEqual(['registrator@jamy.example']);
    expect(copy!.headers['x-samverkan-sha256']).toBe(version.sha256);
    expect(copy!.text).toContain(version.sha256);
    const json = copy!.attachments.find((a) => a.filename.endsWith('.json'))!;
    const pdf = copy!.attachments.find((a) => a.filename.endsWith('.pdf'))!;
    expect(copy!.attachments.map((a) => a.contentType).sort()).toEqual(['application/json', 'application/pdf']);
    expect(createHash('sha256').update(json.content).digest('hex')).toBe(version.sha256);
    expect(json.content.toString('utf8')).toBe(version.document);
    const [{ pdf: storedPdf }] = await api.dataSource.query(`SELECT pdf FROM report_versions WHERE id = $1`, [version.id]);
    expect(pdf.content.equals(storedPdf)).toBe(true);

    // In Swedish, for the registry: which report and version, who submitted it, its number and hash, and how to check the hash.
    const { report, version: submitted } = JSON.parse(version.document);
    const file = `report-${report.year}-wg3-v1`;
    expect([json.filename, pdf.filename]).toEqual([`${file}.json`, `${file}.pdf`]);
    expect(copy!.subject).toBe(`Kopia: Arbetsgruppens årsrapport ${report.year} från ${report.group.name}, version 1 (${submitted.registrationNumber})`);
    const lines = copy!.text.split(/\r?\n/);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Till Jämställdhetsmyndigheten',
        `Rapport: Arbetsgruppens årsrapport ${report.year} från ${report.group.name}`,
        'Version: 1',
        expect.stringMatching(new RegExp(`^Inskickad: \\d{1,2} [a-zé]+ \\d{4} kl\\. \\d{2}:\\d{2} av ${submitted.submittedBy.name} \\(FK\\)$`)),
        `Diarienummer: ${submitted.registrationNumber}`,
        `SHA-256: ${version.sha256}`,
        `  sha256sum ${file}.json`,
        `Summan ska vara ${version.sha256} (stora eller små bokstäver spelar ingen roll).`,
      ]),
    );

    // The steering group is told by e-mail in the same breath.
    expect(mailbox.byMessageId(`<report-submitted.${version.id}@samverkan>`)).toHaveLength(1);
  });

  it('retries with backoff while the SMTP server is down and delivers once it is back, once', async () => {
    await mailbox.down();
    await startWorker();
    const version = await submit();

    await waitFor('the first failure to be recorded', async () => (await deliveries(version.id))[0]!.attempts === 1);
    const [failed] = await deliveries(version.id);
    expect(failed).toMatchObject({ status: 'RETRYING', sentAt: null });
    expect(failed!.lastError).toMatch(/ECONNREFUSED/);
    expect(new Date(failed!.nextAttemptAt!).getTime()).toBeGreaterThan(Date.now() + 20_000);

    await mailbox.up();
    // Time passes: the backoff is over.
    await api.dataSource.query(`UPDATE outbox_messages SET available_at = now() WHERE payload->>'deliveryId' = $1`, [failed!.id]);
    await waitFor('the retried copy to be sent', () => allSent(version.id));
    await settle();

    expect(mailbox.byMessageId(failed!.deliveryKey)).toHaveLength(1);
    expect((await deliveries(version.id))[0]).toMatchObject({ status: 'SENT', attempts: 1, lastError: null });
  });

  it('still delivers the copy when Redis is flushed after the submission and before delivery', async () => {
    // A paused queue takes the job but hands it to no worker: relayed, not delivered.
    const queue = new Queue(QueueName.REPORT_COPIES, { connection: { url: api.redis.url }, prefix: api.redis.prefix });
    await queue.pause();
    await startWorker();
    const version = await submit();
    await waitFor('the copy to be relayed', async () => (await queue.getWaitingCount()) >= 1);
    await queue.close();
    await stopWorkers();
    await api.redis.flush();
    expect(mailbox.byMessageId(`<report-version.${version.id}.copy.${plan.agencies.JAMY}@samverkan>`)).toHaveLength(0);

    await startWorker();
    await waitFor('the copy to be sent after the flush', () => allSent(version.id), 30_000);
    await settle();
    expect(mailbox.byMessageId(`<report-version.${version.id}.copy.${plan.agencies.JAMY}@samverkan>`)).toHaveLength(1);
  });

  it('marks a copy dead after its last attempt, shows it, and lets an administrator retry it', async () => {
    await mailbox.down();
    await startWorker();
    const version = await submit();
    await waitFor('the first failure', async () => (await deliveries(version.id))[0]!.attempts === 1);
    const [{ id }] = await deliveries(version.id);
    // Nineteen failures later: the next one is the last allowed.
    await api.dataSource.query(`UPDATE outbox_messages SET attempts = 19, available_at = now() WHERE payload->>'deliveryId' = $1`, [id]);
    await waitFor('the copy to be dead', async () => (await deliveries(version.id))[0]!.status === 'DEAD');
    expect((await deliveries(version.id))[0]).toMatchObject({ attempts: 20, nextAttemptAt: null, sentAt: null });

    const dead = await api.gql<{ reportDeliveries: { nodes: { id: string }[] } }>(`{ reportDeliveries(status: DEAD) { nodes { id } } }`, {}, tokens.observer);
    expect(dead.data!.reportDeliveries.nodes.map((node) => node.id)).toContain(id);

    await mailbox.up();
    await settle();
    expect((await deliveries(version.id))[0]!.status).toBe('DEAD');
    const retry = 'mutation ($id: ID!) { retryReportDelivery(id: $id) { status attempts } }';
    expect(onlyError(await api.gql(retry, { id }, tokens.steering)).extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(retry, { id }, tokens.admin)).data).toEqual({ retryReportDelivery: { status: 'PENDING', attempts: 0 } });
    await waitFor('the retried copy to be sent', () => allSent(version.id));
    expect(onlyError(await api.gql(retry, { id }, tokens.admin)).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_SENT' });
  });

  it("runs an administrator's retry at once and leaves the automatic schedule as it was, failing or not", async () => {
    await mailbox.down();
    await startWorker();
    const version = await submit();
    await waitFor('the first failure', async () => (await deliveries(version.id))[0]!.attempts === 1);
    const [automatic] = await deliveries(version.id);
    expect(automatic).toMatchObject({ status: 'RETRYING', attempts: 1 });
    const retry = 'mutation ($id: ID!) { retryReportDelivery(id: $id) { status attempts nextAttemptAt } }';
    const oneOffAttempts = async (): Promise<{ deadAt: Date | null; lastError: string | null }[]> =>
      api.dataSource.query(`SELECT dead_at AS "deadAt", last_error AS "lastError" FROM outbox_messages WHERE payload->>'deliveryId' = $1 AND max_attempts = 1`, [
        automatic!.id,
      ]);

    // The receiver is still down: the retry's attempt runs now and fails, and the automatic series is untouched.
    expect((await api.gql(retry, { id: automatic!.id }, tokens.admin)).data).toEqual({
      retryReportDelivery: { status: 'RETRYING', attempts: 1, nextAttemptAt: automatic!.nextAttemptAt },
    });
    await waitFor("the administrator's attempt to fail", async () => (await oneOffAttempts()).some((attempt) => attempt.deadAt !== null));
    expect((await oneOffAttempts())[0]!.lastError).toMatch(/ECONNREFUSED/);
    expect((await deliveries(version.id))[0]).toMatchObject({ status: 'RETRYING', attempts: 1, nextAttemptAt: automatic!.nextAttemptAt });

    // The receiver is back: a retry delivers at once, long before the automatic attempt is due.
    await mailbox.up();
    expect((await api.gql(retry, { id: automatic!.id }, tokens.admin)).errors).toBeUndefined();
    await waitFor('the retried copy to be sent', () => allSent(version.id), 10_000);
    expect(Date.now()).toBeLessThan(new Date(automatic!.nextAttemptAt!).getTime());
    // The automatic attempt, when its time comes, finds the copy sent and sends nothing.
    await api.dataSource.query(`UPDATE outbox_messages SET available_at = now() WHERE payload->>'deliveryId' = $1 AND completed_at IS NULL`, [automatic!.id]);
    await waitFor('the automatic attempt to complete', async () => {
      const [{ open }] = await api.dataSource.query(`SELECT count(*)::int AS open FROM outbox_messages WHERE payload->>'deliveryId' = $1 AND completed_at IS NULL AND dead_at IS NULL`, [automatic!.id]);
      return open === 0;
    });
    await settle();
    expect(mailbox.byMessageId(automatic!.deliveryKey)).toHaveLength(1);
  });

  it('also posts the JSON to the agency webhook, signed, with the delivery id as Idempotency-Key', async () => {
    const setEndpoint = 'mutation ($a: ID!, $url: String) { setReportCopyEndpoint(input: { agencyId: $a, url: $url }) { url } }';
    expect((await api.gql(setEndpoint, { a: plan.agencies.JAMY, url: webhook.url }, tokens.admin)).data).toEqual({ setReportCopyEndpoint: { url: webhook.url } });
    await startWorker();
    const version = await submit();
    await waitFor('both copies to be sent', async () => (await deliveries(version.id)).length === 2 && allSent(version.id));
    await settle();

    const webhookDelivery = (await deliveries(version.id)).find((d) => d.channel === 'WEBHOOK')!;
    expect(webhookDelivery).toMatchObject({ status: 'SENT', recipient: webhook.url, deliveryKey: webhookDelivery.id });
    expect(webhookDelivery.serverReply).toBe('HTTP 202 stored');
    const calls = webhook.calls.filter((call) => call.headers['idempotency-key'] === webhookDelivery.id);
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call!.body).toBe(version.document);
    expect(call!.headers['x-samverkan-sha256']).toBe(version.sha256);
    expect(call!.headers['x-samverkan-signature']).toBe(`sha256=${createHmac('sha256', WEBHOOK_SECRET).update(call!.body).digest('hex')}`);

    // A receiver that fails is retried like the mail.
    webhook.status = 503;
    const refused = await submit();
    await waitFor('the webhook failure', async () => (await deliveries(refused.id)).some((d) => d.channel === 'WEBHOOK' && d.status === 'RETRYING'));
    expect((await deliveries(refused.id)).find((d) => d.channel === 'WEBHOOK')!.lastError).toContain('HTTP 503');
    webhook.status = 202;
    expect((await api.gql(setEndpoint, { a: plan.agencies.JAMY, url: null }, tokens.admin)).data).toEqual({ setReportCopyEndpoint: null });
  });
});
