import { INestApplication } from '@nestjs/common';
import { ObservabilityConfig, loadObservabilityConfig } from '@samverkan/observability';
import { TestApi, newUser, startTestApi, testConfig } from '@samverkan/testing';
import { createApiApp } from '../../apps/api/src/api.app';
import { freePort, sample } from './observability-support';

const METRICS_TOKEN = 'scrape-token-0123456789';

/** The api's health probes, metrics, request ids and queue dashboard, over HTTP. */
describe('api observability', () => {
  let api: TestApi;
  let base: string;
  const extraApps: INestApplication[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    base = api.url.replace(/\/graphql$/, '');
  });

  afterAll(async () => {
    await Promise.all(extraApps.map((app) => app.close()));
    await api?.close();
  });

  /** A second api on the suite's database, with other settings. */
  async function startExtraApi(redisUrl: string, observability: Partial<ObservabilityConfig>): Promise<string> {
    const config = testConfig(api.db.url, redisUrl, api.redis.prefix);
    const app = await createApiApp(config, { ...loadObservabilityConfig({}, 'test'), ...observability });
    extraApps.push(app);
    await app.listen(0, '127.0.0.1');
    return `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  }

  describe('health', () => {
    it('answers liveness without a login', async () => {
      const response = await fetch(`${base}/health/live`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'live' });
    });

    it('is ready when PostgreSQL and Redis answer', async () => {
      const response = await fetch(`${base}/health/ready`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ready', checks: { postgres: 'up', redis: 'up' } });
    });

    it('answers 503 naming Redis when Redis does not answer, and stays live', async () => {
      const url = await startExtraApi(`redis://127.0.0.1:${await freePort()}`, {});
      const ready = await fetch(`${url}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', checks: { postgres: 'up', redis: 'down' } });
      expect((await fetch(`${url}/health/live`)).status).toBe(200);
    });
  });

  describe('request ids', () => {
    it('echoes a sane X-Request-Id and makes up one otherwise', async () => {
      const given = await fetch(`${base}/health/live`, { headers: { 'x-request-id': 'trace-0123456789' } });
      expect(given.headers.get('x-request-id')).toBe('trace-0123456789');
      const invented = await fetch(`${base}/health/live`, { headers: { 'x-request-id': 'no spaces allowed' } });
      expect(invented.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('stores the request id on the outbox message a mutation writes, so the job can log it', async () => {
      const admin = await api.login('admin@samverkan.example');
      const [{ id: groupId }] = await api.dataSource.query(`SELECT id FROM groups ORDER BY number LIMIT 1`);
      const [{ id: agencyId }] = await api.dataSource.query(`SELECT id FROM agencies ORDER BY code LIMIT 1`);
      const person = await newUser(api.dataSource, { agencyId });
      const result = await api.gql<{ addMembership: { id: string } }>(
        'mutation AddMember($input: AddMembershipInput!) { addMembership(input: $input) { id } }',
        { input: { groupId, userId: person.id, role: 'MEMBER' } },
        admin,
        { 'x-request-id': 'membership-request-42' },
      );
      expect(result.errors).toBeUndefined();
      const rows = await api.dataSource.query(`SELECT request_id FROM outbox_messages WHERE payload->>'messageId' = $1`, [
        `<membership-added.${result.data!.addMembership.id}@samverkan>`,
      ]);
      expect(rows).toEqual([{ request_id: 'membership-request-42' }]);
    });
  });

  describe('metrics', () => {
    it('counts HTTP requests and GraphQL operations by name, errors by code', async () => {
      const observer = await api.login('observator@samverkan.example');
      expect((await api.gql('query AgencyCodes { agencies { code } }', {}, observer)).errors).toBeUndefined();
      expect((await api.gql('query WhoAmI { me { id } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

      const response = await fetch(`${base}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/plain');
      const metrics = await response.text();
      expect(sample(metrics, 'graphql_operation_duration_seconds_count{operation="AgencyCodes",type="query",outcome="success"}')).toBe(1);
      expect(sample(metrics, 'graphql_operation_duration_seconds_count{operation="WhoAmI",type="query",outcome="error"}')).toBe(1);
      expect(sample(metrics, 'graphql_errors_total{operation="WhoAmI",code="UNAUTHENTICATED"}')).toBe(1);
      expect(sample(metrics, 'http_request_duration_seconds_count{method="POST",route="/graphql",status="200"}')).toBeGreaterThanOrEqual(2);
      expect(sample(metrics, 'http_request_duration_seconds_count{method="GET",route="/health/ready",status="200"}')).toBeGreaterThanOrEqual(1);
      expect(metrics).toContain('process_resident_memory_bytes');
    });

    it('wants the bearer token when METRICS_TOKEN is set', async () => {
      const url = await startExtraApi(api.redis.url, { metricsToken: METRICS_TOKEN });
      expect((await fetch(`${url}/metrics`)).status).toBe(401);
      expect((await fetch(`${url}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
      const scrape = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      expect(scrape.status).toBe(200);
      expect(await scrape.text()).toContain('http_request_duration_seconds');
    });
  });

  describe('queue dashboard', () => {
    const dashboard = (token?: string, path = '', method = 'GET') =>
      fetch(`${base}/admin/queues${path}`, { method, headers: token ? { authorization: `Bearer ${token}` } : {} });

    it('is for administrators only', async () => {
      expect((await dashboard()).status).toBe(401);
      expect((await dashboard(await api.login('observator@samverkan.example'))).status).toBe(403);
      expect((await dashboard(await api.login('styrgrupp.fk@samverkan.example'))).status).toBe(403);
      const page = await dashboard(await api.login('admin@samverkan.example'));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<base href="/admin/queues/"');
    });

    it('shows every queue, read-only', async () => {
      const admin = await api.login('admin@samverkan.example');
      const listing = await dashboard(admin, '/api/queues?page=1&jobsPerPage=10');
      expect(listing.status).toBe(200);
      const { queues } = (await listing.json()) as { queues: { name: string; readOnlyMode: boolean }[] };
      expect(queues.map((queue) => queue.name).sort()).toEqual(['delivery', 'maintenance', 'reminders', 'report-copies']);
      expect(queues.every((queue) => queue.readOnlyMode)).toBe(true);
      expect((await dashboard(admin, '/api/queues/delivery/pause', 'PUT')).status).toBe(405);
    });
  });
});
