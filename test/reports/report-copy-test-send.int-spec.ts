import { webhookSignature } from '@samverkan/reports';
import { TestApi, onlyError, snapshotTables, startTestApi, testMailConfig } from '@samverkan/testing';
import { CopyMailbox, WebhookReceiver } from './support/copy-receivers';

const ADMIN = 'admin@samverkan.example';
const SECRET = 'jamy-test-send-secret-0123456789';
const TEST_SEND = `mutation ($input: TestReportCopyEndpointInput!) {
  testReportCopyEndpoint(input: $input) { agencyId channel recipient accepted reply testedAt }
}`;
const SET_ENDPOINT = 'mutation ($input: SetReportCopyEndpointInput!) { setReportCopyEndpoint(input: $input) { url } }';

interface TestResult {
  channel: string;
  recipient: string;
  accepted: boolean;
  reply: string;
}

describe("an administrator's test message to an agency's copy receivers", () => {
  let api: TestApi;
  let mailbox: CopyMailbox;
  let webhook: WebhookReceiver;
  let admin: string;
  let jamy: string;
  let fk: string;

  beforeAll(async () => {
    process.env.REPORT_WEBHOOK_SECRET_JAMY = SECRET;
    [mailbox, webhook] = await Promise.all([CopyMailbox.start(), WebhookReceiver.start()]);
    api = await startTestApi({ config: { mail: testMailConfig(mailbox.url) } });
    admin = await api.login(ADMIN);
    [{ id: jamy }] = await api.dataSource.query(`SELECT id FROM agencies WHERE code = 'JAMY'`);
    [{ id: fk }] = await api.dataSource.query(`SELECT id FROM agencies WHERE code = 'FK'`);
  });
  afterEach(() => mailbox.up());
  afterAll(async () => {
    delete process.env.REPORT_WEBHOOK_SECRET_JAMY;
    await mailbox?.down();
    await webhook?.close();
    await api?.close();
  });

  const testSend = async (agencyId: string, channel: 'EMAIL' | 'WEBHOOK'): Promise<TestResult> => {
    const response = await api.gql<{ testReportCopyEndpoint: TestResult }>(TEST_SEND, { input: { agencyId, channel } }, admin);
    expect(response.errors).toBeUndefined();
    return response.data!.testReportCopyEndpoint;
  };
  const auditOfTests = () => api.dataSource.query(`SELECT entity_id, after FROM audit_log a WHERE action = 'reportCopyEndpoint.test' ORDER BY a.id`);

  it("mails the agency's address and shows the server's reply, recording no copy but an audit row", async () => {
    const result = await testSend(jamy, 'EMAIL');
    expect(result).toMatchObject({ channel: 'EMAIL', recipient: 'registrator@jamy.example', accepted: true });
    expect(result.reply).toContain('Message accepted by the copy mailbox');
    const received = mailbox.received.filter((mail) => mail.headers['x-samverkan-test'] === 'true');
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['registrator@jamy.example']);
    expect(received[0]!.subject).toContain('Provmeddelande');
    const [{ count }] = await api.dataSource.query('SELECT count(*)::int AS count FROM report_deliveries');
    expect(count).toBe(0);
    expect((await auditOfTests()).at(-1)).toMatchObject({ entity_id: jamy, after: { channel: 'EMAIL', accepted: true, reply: result.reply } });
  });

  it('says why when the mail server does not answer', async () => {
    await mailbox.down();
    const result = await testSend(jamy, 'EMAIL');
    expect(result).toMatchObject({ accepted: false, reply: expect.stringMatching(/ECONNREFUSED/) });
  });

  it("calls the webhook signed with the agency's secret, and shows its status and body, refused or not", async () => {
    expect((await api.gql(SET_ENDPOINT, { input: { agencyId: jamy, url: webhook.url } }, admin)).errors).toBeUndefined();
    const accepted = await testSend(jamy, 'WEBHOOK');
    expect(accepted).toMatchObject({ channel: 'WEBHOOK', recipient: webhook.url, accepted: true, reply: 'HTTP 202 stored' });
    const call = webhook.calls.at(-1)!;
    expect(call.headers['x-samverkan-test']).toBe('true');
    expect(call.headers['x-samverkan-signature']).toBe(webhookSignature(call.body, SECRET));
    expect(JSON.parse(call.body)).toMatchObject({ test: true, agency: 'JAMY' });

    webhook.status = 503;
    try {
      expect(await testSend(jamy, 'WEBHOOK')).toMatchObject({ accepted: false, reply: 'HTTP 503 unavailable' });
    } finally {
      webhook.status = 202;
    }
  });

  it('refuses a channel the agency has no receiver on, writing nothing', async () => {
    const before = await snapshotTables(api.dataSource);
    const error = onlyError(await api.gql(TEST_SEND, { input: { agencyId: fk, channel: 'WEBHOOK' } }, admin));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NO_RECEIVER', field: 'input.channel' });
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it('refuses anyone but an administrator, sending nothing', async () => {
    const sent = mailbox.received.length;
    const steering = await api.login('styrgrupp.fk@samverkan.example');
    expect(onlyError(await api.gql(TEST_SEND, { input: { agencyId: jamy, channel: 'EMAIL' } }, steering)).extensions?.code).toBe('FORBIDDEN');
    expect(mailbox.received.length).toBe(sent);
  });
});
