import { TestApi, onlyError, startTestApi } from '@samverkan/testing';

const ADMIN = 'admin@samverkan.example';
const CREATE = 'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret token { id name scopes expiresAt revokedAt } } }';

interface Created {
  createApiToken: { secret: string; token: { id: string; scopes: string[] } };
}

describe('API tokens for integrations', () => {
  let api: TestApi;
  let adminToken: string;

  beforeAll(async () => {
    api = await startTestApi();
    adminToken = await api.login(ADMIN);
  });
  afterAll(() => api.close());

  async function create(input: Record<string, unknown>): Promise<Created['createApiToken']> {
    const response = await api.gql<Created>(CREATE, { input }, adminToken);
    expect(response.errors).toBeUndefined();
    return response.data!.createApiToken;
  }

  it('shows the secret once and stores only its hash', async () => {
    const { secret, token } = await create({ name: 'Statistics export, FK', scopes: ['READ'] });
    expect(secret).toMatch(/^svk_[A-Za-z0-9_-]{43}$/);
    const [row] = await api.dataSource.query('SELECT secret_hash FROM api_tokens WHERE id = $1', [token.id]);
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    const everything = JSON.stringify(await api.dataSource.query(`SELECT t.*, (SELECT json_agg(a) FROM audit_log a) AS audit FROM api_tokens t`));
    expect(everything).not.toContain(secret);
    const audit = JSON.stringify(await api.dataSource.query(`SELECT * FROM audit_log WHERE action = 'apiToken.create'`));
    expect(audit).toContain(token.id);
    expect(audit).not.toContain(row.secret_hash);
    const listed = await api.gql<{ apiTokens: { id: string }[] }>('{ apiTokens { id name scopes createdById } }', {}, adminToken);
    expect(listed.data!.apiTokens.map((t) => t.id)).toContain(token.id);
  });

  it('lets a READ token read and nothing else', async () => {
    const { secret, token } = await create({ name: 'Reader', scopes: ['READ'] });
    expect((await api.gql<{ agencies: unknown[] }>('{ agencies { code } }', {}, secret)).data!.agencies.length).toBeGreaterThan(0);
    expect(onlyError(await api.gql('{ auditTrail(first: 1) { totalCount } }', {}, secret)).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await api.gql('{ me { id } }', {}, secret)).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await api.gql('{ apiTokens { id } }', {}, secret)).extensions?.code).toBe('FORBIDDEN');
    const write = await api.gql('mutation { createAgency(input: { code: "INT", nameSv: "X", nameEn: "X" }) { id } }', {}, secret, { 'x-request-id': 'api-token-write-1' });
    expect(onlyError(write).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await api.gql('mutation { logout }', {}, secret)).extensions?.code).toBe('FORBIDDEN');
    const [refused] = await api.dataSource.query(`SELECT actor_id, outcome FROM audit_log WHERE request_id = 'api-token-write-1'`);
    expect(refused).toEqual({ actor_id: token.id, outcome: 'REFUSED' });
  });

  it('lets a READ_AUDIT_TRAIL token read the audit trail only', async () => {
    const { secret } = await create({ name: 'Log archive', scopes: ['READ_AUDIT_TRAIL'] });
    expect((await api.gql('{ auditTrail(first: 5) { totalCount nodes { action } } }', {}, secret)).errors).toBeUndefined();
    expect(onlyError(await api.gql('{ agencies { code } }', {}, secret)).extensions?.code).toBe('FORBIDDEN');
  });

  it('stops working at once when revoked, and when it expires', async () => {
    const { secret, token } = await create({ name: 'Short-lived', scopes: ['READ'] });
    const revoked = await api.gql<{ revokeApiToken: { revokedAt: string } }>('mutation ($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', { id: token.id }, adminToken);
    expect(revoked.data!.revokeApiToken.revokedAt).not.toBeNull();
    expect(onlyError(await api.gql('{ agencies { code } }', {}, secret)).extensions?.code).toBe('UNAUTHENTICATED');

    const expiring = await create({ name: 'Expiring', scopes: ['READ'], expiresAt: new Date(Date.now() + 1500).toISOString() });
    expect((await api.gql('{ agencies { code } }', {}, expiring.secret)).errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect(onlyError(await api.gql('{ agencies { code } }', {}, expiring.secret)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects an unknown token as UNAUTHENTICATED', async () => {
    expect(onlyError(await api.gql('{ agencies { code } }', {}, `svk_${'A'.repeat(43)}`)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is for administrators only', async () => {
    const steering = await api.login('styrgrupp.fk@samverkan.example');
    expect(onlyError(await api.gql(CREATE, { input: { name: 'Mine', scopes: ['READ'] } }, steering)).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await api.gql('{ apiTokens { id } }', {}, steering)).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await api.gql('mutation { revokeApiToken(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, steering)).extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['no scopes', { name: 'X', scopes: [] }, 'input.scopes'],
    ['an expiry in the past', { name: 'X', scopes: ['READ'], expiresAt: '2020-01-01T00:00:00Z' }, 'input.expiresAt'],
    ['an expiry over two years ahead', { name: 'X', scopes: ['READ'], expiresAt: new Date(Date.now() + 3 * 366 * 86_400_000).toISOString() }, 'input.expiresAt'],
    ['a personal identity number in the name', { name: 'Export för 811218-9876', scopes: ['READ'] }, 'input.name'],
  ])('rejects %s as BAD_USER_INPUT', async (_what, input, field) => {
    expect(onlyError(await api.gql(CREATE, { input }, adminToken)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('answers NOT_FOUND for revoking a token that does not exist', async () => {
    const error = onlyError(await api.gql('mutation { revokeApiToken(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, adminToken));
    expect(error.extensions?.code).toBe('NOT_FOUND');
  });
});
