import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { verifyAuditChain } from '@samverkan/audit';
import { TestApi, onlyError, startTestApi } from '@samverkan/testing';
import { Client } from 'pg';

const CLI = join(__dirname, '../../dist/apps/cli/src/main.js');
const ADMIN = 'admin@samverkan.example';
const OBSERVER = 'observator@samverkan.example';
const STEERING = 'styrgrupp.fk@samverkan.example';
const COORDINATOR = 'samordnare.ag3@samverkan.example';

interface AuditRow {
  id: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  outcome: string;
  failure: { code: string; message: string; field?: string; reason?: string } | null;
  prev_hash: string;
  hash: string;
}

describe('audit trail: hash chain, refusals, query and verifier', () => {
  let api: TestApi;
  let adminToken: string;
  let agencyId: string;

  beforeAll(async () => {
    api = await startTestApi();
    adminToken = await api.login(ADMIN);
    const { data } = await api.gql<{ agencies: { id: string; code: string }[] }>('{ agencies { id code } }', {}, adminToken);
    agencyId = data!.agencies.find((a) => a.code === 'FK')!.id;
  });
  afterAll(() => api.close());

  const rowsOf = (requestId: string): Promise<AuditRow[]> =>
    api.dataSource.query('SELECT id::text AS id, actor_id, action, entity_type, entity_id, outcome, failure, prev_hash, hash FROM audit_log a WHERE request_id = $1 ORDER BY a.id', [requestId]);

  /** Sends a call with a request id of its own and returns the audit rows it left. */
  async function traced(query: string, variables: Record<string, unknown>, token: string | null) {
    const requestId = `sec-${randomUUID()}`;
    const response = await api.gql(query, variables, token, { 'x-request-id': requestId });
    return { response, rows: await rowsOf(requestId) };
  }

  const updateAgency = 'mutation ($id: ID!, $email: String!) { updateAgency(input: { id: $id, contactEmail: $email }) { id } }';

  it('chains every row to the one before it, also when mutations race', async () => {
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) => api.gql(updateAgency, { id: agencyId, email: `registrator${i}@fk.example` }, adminToken)),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const rows: AuditRow[] = await api.dataSource.query('SELECT id::text AS id, prev_hash, hash FROM audit_log a ORDER BY a.id');
    expect(rows.length).toBeGreaterThanOrEqual(17);
    expect(rows[0]!.prev_hash).toBe('0'.repeat(64));
    rows.slice(1).forEach((row, i) => expect(row.prev_hash).toBe(rows[i]!.hash));
    expect(await verifyAuditChain(api.dataSource, 5)).toMatchObject({ brokenAt: null, verified: rows.length });
  });

  it('records a refused mutation with the caller, the error and the target, in a row of its own', async () => {
    const observerToken = await api.login(OBSERVER);
    const { response, rows } = await traced(updateAgency, { id: agencyId, email: 'x@fk.example' }, observerToken);
    expect(onlyError(response).extensions?.code).toBe('FORBIDDEN');
    const me = await api.gql<{ me: { id: string } }>('{ me { id } }', {}, observerToken);
    expect(rows).toEqual([
      expect.objectContaining({
        actor_id: me.data!.me.id,
        action: 'updateAgency',
        entity_type: 'Mutation',
        entity_id: agencyId,
        outcome: 'REFUSED',
        failure: { code: 'FORBIDDEN', reason: 'FORBIDDEN', message: 'You are not allowed to do this' },
      }),
    ]);
  });

  it('records bad input with the field, and anonymous calls without an actor', async () => {
    const badInput = await traced('mutation { createAgency(input: { code: "lower", nameSv: "X", nameEn: "X" }) { id } }', {}, adminToken);
    expect(badInput.rows).toEqual([expect.objectContaining({ outcome: 'REFUSED', failure: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.code' }) })]);

    const anonymous = await traced(updateAgency, { id: agencyId, email: 'x@fk.example' }, null);
    expect(anonymous.rows).toEqual([expect.objectContaining({ actor_id: null, outcome: 'REFUSED', failure: expect.objectContaining({ code: 'UNAUTHENTICATED' }) })]);

    const failedLogin = await traced('mutation { login(email: "admin@samverkan.example", password: "not-the-password") { accessToken } }', {}, null);
    expect(failedLogin.rows).toEqual([expect.objectContaining({ action: 'login', outcome: 'REFUSED', failure: expect.objectContaining({ code: 'UNAUTHENTICATED' }) })]);
  });

  it('records only the refused root field when another one in the same operation succeeded', async () => {
    const { response, rows } = await traced(
      `mutation ($id: ID!) {
         ok: updateAgency(input: { id: $id, contactEmail: "ok@fk.example" }) { id }
         bad: updateAgency(input: { id: $id, contactEmail: "not-an-email" }) { id }
       }`,
      { id: agencyId },
      adminToken,
    );
    expect(onlyError(response)).toMatchObject({ path: ['bad'] });
    expect(rows.map((r) => [r.action, r.outcome])).toEqual([
      ['agency.update', 'SUCCEEDED'],
      ['updateAgency', 'REFUSED'],
    ]);
  });

  it('never records queries, not even failing ones', async () => {
    const { response, rows } = await traced('{ agency(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, adminToken);
    expect(onlyError(response).extensions?.code).toBe('NOT_FOUND');
    expect(rows).toEqual([]);
  });

  describe('auditTrail query', () => {
    const TRAIL = `query ($entityType: String, $entityId: String, $actorId: ID, $outcome: AuditOutcome, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
      auditTrail(entityType: $entityType, entityId: $entityId, actorId: $actorId, outcome: $outcome, from: $from, to: $to, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } nodes { id action entityId outcome actorId occurredAt hash prevHash failure }
      }
    }`;
    type Trail = { auditTrail: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { id: string; action: string; entityId: string; outcome: string; actorId: string; occurredAt: string }[] } };

    it('is open to administrators and the steering group only', async () => {
      expect((await api.gql(TRAIL, { first: 1 }, adminToken)).errors).toBeUndefined();
      expect((await api.gql(TRAIL, { first: 1 }, await api.login(STEERING))).errors).toBeUndefined();
      expect(onlyError(await api.gql(TRAIL, { first: 1 }, await api.login(COORDINATOR))).extensions?.code).toBe('FORBIDDEN');
      expect(onlyError(await api.gql(TRAIL, { first: 1 }, await api.login(OBSERVER))).extensions?.code).toBe('FORBIDDEN');
      expect(onlyError(await api.gql(TRAIL, { first: 1 })).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('filters by entity, actor, outcome and time, newest first, page by page', async () => {
      const byEntity = await api.gql<Trail>(TRAIL, { entityType: 'Agency', entityId: agencyId, first: 5 }, adminToken);
      const { nodes, totalCount, pageInfo } = byEntity.data!.auditTrail;
      expect(totalCount).toBe(17);
      expect(nodes).toHaveLength(5);
      expect(nodes.every((n) => n.entityId === agencyId && n.action === 'agency.update')).toBe(true);
      expect(Number(nodes[0]!.id)).toBeGreaterThan(Number(nodes[4]!.id));

      const next = await api.gql<Trail>(TRAIL, { entityType: 'Agency', entityId: agencyId, first: 5, after: pageInfo.endCursor }, adminToken);
      expect(Number(next.data!.auditTrail.nodes[0]!.id)).toBeLessThan(Number(nodes[4]!.id));

      const refused = await api.gql<Trail>(TRAIL, { outcome: 'REFUSED', first: 100 }, adminToken);
      expect(refused.data!.auditTrail.nodes.map((n) => n.action)).toEqual(expect.arrayContaining(['updateAgency', 'createAgency', 'login']));

      const actorId = nodes[0]!.actorId;
      const byActor = await api.gql<Trail>(TRAIL, { actorId, first: 100 }, adminToken);
      expect(byActor.data!.auditTrail.nodes.every((n) => n.actorId === actorId)).toBe(true);

      const later = await api.gql<Trail>(TRAIL, { from: new Date(Date.now() + 60_000).toISOString(), first: 10 }, adminToken);
      expect(later.data!.auditTrail.totalCount).toBe(0);
      const window = await api.gql<Trail>(TRAIL, { from: nodes[4]!.occurredAt, to: new Date(Date.now() + 60_000).toISOString(), entityId: agencyId, first: 10 }, adminToken);
      expect(window.data!.auditTrail.totalCount).toBeGreaterThanOrEqual(5);
    });

    it('rejects a bad window, page size or cursor as BAD_USER_INPUT', async () => {
      const to = new Date().toISOString();
      expect(onlyError(await api.gql(TRAIL, { from: to, to }, adminToken)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
      expect(onlyError(await api.gql(TRAIL, { first: 101 }, adminToken)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(onlyError(await api.gql(TRAIL, { after: 'nonsense' }, adminToken)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });

  describe('verify-audit command', () => {
    const verify = () =>
      promisify(execFile)(process.execPath, [CLI, 'verify-audit'], {
        env: { ...process.env, DATABASE_URL: api.db.url, JWT_SECRET: 'test-secret-that-is-long-enough-000000', NODE_ENV: 'test' },
      }).then(
        ({ stdout }) => ({ code: 0, output: stdout }),
        (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
      );

    it('passes an intact chain, then finds a row altered directly in SQL and exits 1', async () => {
      const intact = await verify();
      expect(intact).toMatchObject({ code: 0, output: expect.stringMatching(/Audit chain intact: \d+ rows verified/) });

      const [victim]: { id: string }[] = await api.dataSource.query(`SELECT id::text AS id FROM audit_log a WHERE outcome = 'SUCCEEDED' ORDER BY a.id LIMIT 1 OFFSET 3`);
      // What someone with the table owner's rights could do: switch the trigger off and rewrite history.
      const superuser = new Client({ connectionString: api.db.url });
      await superuser.connect();
      try {
        await superuser.query('BEGIN');
        await superuser.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
        await superuser.query(`UPDATE audit_log SET after = jsonb_set(after, '{contactEmail}', '"someone.else@fk.example"') WHERE id = $1`, [victim!.id]);
        await superuser.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
        await superuser.query('COMMIT');
      } finally {
        await superuser.end();
      }

      const broken = await verify();
      expect(broken.code).toBe(1);
      expect(broken.output).toContain(`Audit chain broken at row ${victim!.id}`);
    });
  });
});
