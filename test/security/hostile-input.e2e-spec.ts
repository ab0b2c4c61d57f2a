import { createHmac } from 'node:crypto';
import { TestApi, onlyError, snapshotTables, startTestApi } from '@samverkan/testing';

const ADMIN = 'admin@samverkan.example';
const COORDINATOR = 'samordnare.ag3@samverkan.example';
const JWT_SECRET = 'test-secret-that-is-long-enough-000000';
const NUL = 'before\u0000after';

/** An HS256 token signed with the API's own secret, with whatever claims a forger chooses. */
function forgedJwt(claims: Record<string, unknown>): string {
  const encode = (part: object): string => Buffer.from(JSON.stringify(part)).toString('base64url');
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${unsigned}.${createHmac('sha256', JWT_SECRET).update(unsigned).digest('base64url')}`;
}

async function postRaw(url: string, body: unknown): Promise<{ status: number; codes: string[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, codes: (json.errors ?? []).map((e) => String(e.extensions?.code)) };
}

describe('hostile input gets BAD_USER_INPUT or 400, never a 500, and writes nothing', () => {
  let api: TestApi;
  let admin: string;
  let coordinator: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.login(ADMIN);
    coordinator = await api.login(COORDINATOR);
    const one = async (sql: string, params: unknown[] = []): Promise<string> => (await api.dataSource.query(sql, params))[0].id;
    ids.group = await one('SELECT id FROM groups WHERE number = 3');
    ids.area = await one('SELECT id FROM development_areas WHERE number = 1');
    ids.agency = await one(`SELECT id FROM agencies WHERE code = 'FK'`);
    ids.coordinator = await one('SELECT id FROM users WHERE email = $1', [COORDINATOR]);
    const created = await api.gql<{ createActionItem: { id: string } }>(
      'mutation ($g: ID!, $a: ID!, $l: ID!, $o: ID!) { createActionItem(input: { groupId: $g, developmentAreaId: $a, title: "Hostile target", leadAgencyId: $l, ownerId: $o }) { id } }',
      { g: ids.group, a: ids.area, l: ids.agency, o: ids.coordinator },
      coordinator,
    );
    ids.item = created.data!.createActionItem.id;
  });
  afterAll(() => api.close());

  it('refuses a NUL byte in any text field or text filter, naming the field', async () => {
    const cases: [string, string, Record<string, unknown>, string][] = [
      ['check-in narrative', 'mutation ($id: ID!, $t: String!) { postCheckIn(input: { itemId: $id, narrative: $t, progress: 10 }) { id } }', { id: ids.item }, 'input.narrative'],
      ['item title', 'mutation ($id: ID!, $t: String!) { updateActionItem(input: { id: $id, title: $t }) { id } }', { id: ids.item }, 'input.title'],
      ['comment', 'mutation ($id: ID!, $t: String!) { commentOnActionItem(input: { itemId: $id, text: $t }) { id } }', { id: ids.item }, 'input.text'],
      ['item text filter', 'query ($t: String!) { actionItems(text: $t) { totalCount } }', {}, 'text'],
      ['audit entity type filter', 'query ($t: String!) { auditTrail(entityType: $t) { totalCount } }', {}, 'entityType'],
      ['an e-mail address with an unpaired surrogate', 'mutation ($t: String!) { login(email: $t, password: "x") { accessToken } }', { t: 'a\udfff@b.se' }, 'email'],
    ];
    const before = await snapshotTables(api.dataSource);
    for (const [what, query, variables, field] of cases) {
      const token = query.includes('auditTrail') ? admin : coordinator;
      const error = onlyError(await api.gql(query, { t: NUL, ...variables }, token));
      expect([what, error.extensions?.code, error.extensions?.field]).toEqual([what, 'BAD_USER_INPUT', field]);
    }
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it('refuses a NUL byte in the CSV export query string with 400', async () => {
    const response = await fetch(api.url.replace('/graphql', '/exports/action-items.csv?text=%00'), { headers: { authorization: `Bearer ${coordinator}` } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { field: string } }).error.field).toBe('text');
  });

  it('refuses a timestamp filter outside the range the database can hold', async () => {
    for (const from of ['-271821-04-20T00:00:00Z', '275760-09-13T00:00:00Z']) {
      const error = onlyError(await api.gql('query ($f: DateTime!) { auditTrail(from: $f) { totalCount } }', { f: from }, admin));
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('answers a document with two operations and no operationName, a subscription and a wrong persisted-query hash with 400, never INTERNAL_SERVER_ERROR', async () => {
    const twoOperations = await postRaw(api.url, { query: 'query A { agencies { code } } query B { plans { id } }' });
    const subscription = await postRaw(api.url, { query: 'subscription { agencies { code } }' });
    const persisted = await postRaw(api.url, {
      query: '{ agencies { code } }',
      extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
    });
    for (const [what, response] of Object.entries({ twoOperations, subscription, persisted })) {
      expect([what, response.status]).toEqual([what, 400]);
      expect(response.codes).not.toContain('INTERNAL_SERVER_ERROR');
      expect(response.codes.length).toBeGreaterThan(0);
    }
  });

  it('treats a correctly signed JWT whose sub is no user id, or that never expires, as no login', async () => {
    const now = Math.floor(Date.now() / 1000);
    const common = { ver: 0, iss: 'samverkan', aud: 'samverkan-api', iat: now };
    const [adminRow] = await api.dataSource.query('SELECT id, token_version FROM users WHERE email = $1', [ADMIN]);
    const notUuid = forgedJwt({ ...common, sub: 'not-a-uuid', exp: now + 600 });
    const noExpiry = forgedJwt({ ...common, ver: adminRow.token_version, sub: adminRow.id });
    const valid = forgedJwt({ ...common, ver: adminRow.token_version, sub: adminRow.id, exp: now + 600 });
    expect((await api.gql('{ me { email } }', {}, valid)).errors).toBeUndefined();
    for (const token of [notUuid, noExpiry]) {
      expect(onlyError(await api.gql('{ me { email } }', {}, token)).extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('finds personal identity numbers in every stored text field, admin fields included, however they are spelt', async () => {
    const [agency] = await api.dataSource.query(`SELECT id FROM agencies WHERE code = 'JAMY'`);
    const before = await snapshotTables(api.dataSource);
    const cases: [string, string, Record<string, unknown>][] = [
      ['an e-mail local part', 'mutation ($a: ID!) { createUser(input: { email: "8112189876@fk.example", displayName: "Ny", agencyId: $a, roles: [], password: "korp tegel vinäger 42" }) { id } }', { a: agency.id }],
      ['a plan key', 'mutation { createPlan(input: { key: "IPV-811218-9876", title: "Plan", periodStart: "2022-01-01", periodEnd: "2024-12-31" }) { id } }', {}],
      ['a webhook URL', 'mutation ($a: ID!) { setReportCopyEndpoint(input: { agencyId: $a, url: "https://dms.example/p?id=811218%2B9876" }) { url } }', { a: agency.id }],
      ['a title with an en dash', 'mutation ($id: ID!) { updateActionItem(input: { id: $id, title: "Ärende 811218\u20139876" }) { id } }', { id: ids.item }],
      ['a title with full-width digits', 'mutation ($id: ID!) { updateActionItem(input: { id: $id, title: "\uff18\uff11\uff11\uff12\uff11\uff18-\uff19\uff18\uff17\uff16" }) { id } }', { id: ids.item }],
    ];
    for (const [what, query, variables] of cases) {
      const token = query.includes('updateActionItem') ? coordinator : admin;
      const error = onlyError(await api.gql(query, variables, token));
      expect([what, error.extensions?.code, error.message]).toEqual([what, 'BAD_USER_INPUT', expect.stringContaining('personal identity number')]);
    }
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });
});
