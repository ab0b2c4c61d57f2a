import { TestApi, onlyError, startTestApi } from '@samverkan/testing';
import { Client } from 'pg';

const ADMIN = 'admin@samverkan.example';
const VERIFY = '{ auditChainVerification { intact verified brokenAt problem headHash checkedAt } }';

interface Verification {
  intact: boolean;
  verified: number;
  brokenAt: string | null;
  problem: string | null;
  headHash: string;
}

describe('verifying the audit chain over GraphQL', () => {
  let api: TestApi;
  let admin: string;
  let agencyId: string;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.login(ADMIN);
    const { data } = await api.gql<{ agencies: { id: string; code: string }[] }>('{ agencies { id code } }', {}, admin);
    agencyId = data!.agencies.find((a) => a.code === 'FK')!.id;
    for (const email of ['a@fk.example', 'b@fk.example', 'c@fk.example']) {
      const response = await api.gql('mutation ($id: ID!, $email: String!) { updateAgency(input: { id: $id, contactEmail: $email }) { id } }', { id: agencyId, email }, admin);
      expect(response.errors).toBeUndefined();
    }
  });
  afterAll(() => api.close());

  const verify = async (): Promise<Verification> => {
    const response = await api.gql<{ auditChainVerification: Verification }>(VERIFY, {}, admin);
    expect(response.errors).toBeUndefined();
    return response.data!.auditChainVerification;
  };

  it('reports an intact chain: every row, and the last row as its head', async () => {
    const [{ count, head }] = await api.dataSource.query(`SELECT count(*)::int AS count, (SELECT hash FROM audit_log a ORDER BY a.id DESC LIMIT 1) AS head FROM audit_log`);
    const result = await verify();
    expect(result).toMatchObject({ intact: true, brokenAt: null, problem: null, headHash: head });
    // Reading is not audited, so the count is the same as before the query.
    expect(result.verified).toBe(count);
  });

  it('filters the trail by action', async () => {
    const { data } = await api.gql<{ auditTrail: { nodes: { action: string }[] } }>('{ auditTrail(action: "agency.update") { nodes { action } } }', {}, admin);
    expect(data!.auditTrail.nodes.length).toBeGreaterThanOrEqual(3);
    expect(new Set(data!.auditTrail.nodes.map((n) => n.action))).toEqual(new Set(['agency.update']));
  });

  it.each([
    ['a steering-group member', 'styrgrupp.fk@samverkan.example'],
    ['the observer', 'observator@samverkan.example'],
    ['a coordinator', 'samordnare.ag3@samverkan.example'],
  ])('refuses %s', async (_who, email) => {
    expect(onlyError(await api.gql(VERIFY, {}, await api.login(email))).extensions?.code).toBe('FORBIDDEN');
  });

  it('finds a row the table owner rewrote behind the trigger, and says which', async () => {
    const [victim]: { id: string }[] = await api.dataSource.query(`SELECT id::text AS id FROM audit_log a WHERE action = 'agency.update' ORDER BY a.id LIMIT 1 OFFSET 1`);
    const owner = new Client({ connectionString: api.db.url });
    await owner.connect();
    try {
      await owner.query('BEGIN');
      await owner.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
      await owner.query(`UPDATE audit_log SET after = jsonb_set(after, '{contactEmail}', '"someone.else@fk.example"') WHERE id = $1`, [victim!.id]);
      await owner.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
      await owner.query('COMMIT');
    } finally {
      await owner.end();
    }
    const [{ before }] = await api.dataSource.query(`SELECT count(*)::int AS before FROM audit_log a WHERE a.id < $1`, [victim!.id]);
    expect(await verify()).toMatchObject({ intact: false, brokenAt: victim!.id, problem: 'its content does not match its hash', verified: before });
  });
});
