import { TestApi, onlyError, startTestApi } from '@samverkan/testing';
import { Client } from 'pg';

const ADMIN = 'admin@samverkan.example';

interface RawResponse {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string; limit?: string; field?: string } }[] } | unknown[];
}

async function post(url: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<RawResponse> {
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, headers: response.headers, body: (await response.json()) as RawResponse['body'] };
}

const errorsOf = (response: RawResponse) => (response.body as { errors?: { message: string; extensions?: Record<string, unknown> }[] }).errors ?? [];

describe('GraphQL limits', () => {
  let api: TestApi;
  let adminToken: string;

  beforeAll(async () => {
    api = await startTestApi({
      config: { graphqlMaxDepth: 4, graphqlMaxComplexity: 300, graphqlMaxTokens: 500, requestBodyLimitBytes: 4096, requestTimeoutMs: 3000 },
    });
    adminToken = await api.login(ADMIN);
  });
  afterAll(() => api.close());

  describe('depth and complexity', () => {
    it('refuses an operation nested deeper than GRAPHQL_MAX_DEPTH, fragments included', async () => {
      const fourDeep = await api.gql('{ groups { memberships { user { email } } } }', {}, adminToken);
      expect(fourDeep.errors).toBeUndefined();

      for (const query of [
        '{ groups { memberships { user { agency { code } } } } }',
        '{ groups { ...G } } fragment G on Group { memberships { user { agency { code } } } }',
      ]) {
        const response = await api.gql(query, {}, adminToken);
        expect(response.status).toBe(400);
        expect(onlyError(response)).toMatchObject({
          message: 'The operation is 5 levels deep; the maximum depth is 4',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxDepth' },
        });
      }
    });

    it('refuses an operation whose lists would resolve more than GRAPHQL_MAX_COMPLEXITY, counting `first` at its real value', async () => {
      const query = 'query ($n: Int) { users(first: $n) { nodes { memberships { role } } } }';
      expect((await api.gql(query, { n: 2 }, adminToken)).errors).toBeUndefined();
      const response = await api.gql(query, { n: 100 }, adminToken);
      expect(response.status).toBe(400);
      expect(onlyError(response)).toMatchObject({
        message: expect.stringContaining('the maximum complexity is 300'),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxComplexity' },
      });
      expect(response.data ?? null).toBeNull();
    });

    it('refuses too many aliases, root fields or tokens before validation, and counts each root field at its own cost', async () => {
      const aliased = (n: number, field: string): string => `{ ${Array.from({ length: n }, (_, i) => `f${i}: ${field}`).join(' ')} }`;
      expect((await api.gql(aliased(5, 'me { id }'), {}, adminToken)).errors).toBeUndefined();
      for (const [query, limit] of [
        [aliased(31, '__typename'), 'maxAliases'],
        [aliased(60, 'me { id }'), 'maxAliases'],
        [`{ ${'__typename '.repeat(21)} }`, 'maxRootFields'],
        ['{ ...A } fragment A on Query { ' + '__typename '.repeat(21) + '}', 'maxRootFields'],
      ] as const) {
        const response = await api.gql(query, {}, adminToken);
        expect(response.status).toBe(400);
        expect(onlyError(response).extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit });
      }
      const tooLong = await api.gql(aliased(200, 'me { id }'), {}, null);
      expect(tooLong.status).toBe(400);
      expect(onlyError(tooLong).extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      // Six root fields at 50 each pass 300 though each selects almost nothing.
      const sixRoots = await api.gql('{ a: me { id } b: me { id } c: me { id } d: me { id } e: me { id } f: me { id } }', {}, adminToken);
      expect(onlyError(sixRoots).extensions).toMatchObject({ limit: 'maxComplexity' });
    });

    it('refuses a page larger than 100 as bad input on `first`', async () => {
      const error = onlyError(await api.gql('{ users(first: 101) { totalCount } }', {}, adminToken));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });
  });

  describe('HTTP shape of requests', () => {
    it('blocks simple requests a browser could send cross-site (CSRF)', async () => {
      const get = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`);
      expect(get.status).toBe(400);
      expect(await get.text()).toMatch(/Cross-Site Request Forgery/);

      const form = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(form.status).toBe(400);
      expect(await form.text()).toMatch(/Cross-Site Request Forgery/);

      const preflighted = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(preflighted.status).toBe(200);
    });

    it('refuses batched operations unless GRAPHQL_ALLOW_BATCHING is on', async () => {
      const response = await post(api.url, JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).toMatch(/batching/i);
    });

    it('refuses a body over REQUEST_BODY_LIMIT_BYTES with 413 and a GraphQL-shaped error', async () => {
      const response = await post(api.url, JSON.stringify({ query: `{ __typename }${' '.repeat(5000)}` }));
      expect(response.status).toBe(413);
      expect(errorsOf(response)).toEqual([
        { message: 'The request body is larger than the limit of 4096 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE' } },
      ]);
    });

    it('answers malformed JSON with 400 and no stack trace', async () => {
      const response = await post(api.url, '{"query": ');
      expect(response.status).toBe(400);
      expect(errorsOf(response)).toEqual([{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }]);
    });
  });

  describe('timeout', () => {
    /** Holds every row of `agencies` out of reach, as a long-running migration or a stuck session would. */
    async function withAgenciesLocked(work: () => Promise<void>): Promise<void> {
      const blocker = new Client({ connectionString: api.db.url });
      await blocker.connect();
      try {
        await blocker.query('BEGIN');
        await blocker.query('LOCK TABLE agencies IN ACCESS EXCLUSIVE MODE');
        await work();
      } finally {
        await blocker.query('ROLLBACK');
        await blocker.end();
      }
    }

    it('stops a query at REQUEST_TIMEOUT_MS with TIMEOUT', async () => {
      await withAgenciesLocked(async () => {
        const started = Date.now();
        const error = onlyError(await api.gql('{ agencies { code } }', {}, adminToken));
        expect(error.extensions?.code).toBe('TIMEOUT');
        expect(Date.now() - started).toBeLessThan(8000);
      });
    });

    it('stops a mutation at REQUEST_TIMEOUT_MS, rolls it back and records it as failed', async () => {
      const { data } = await api.gql<{ agencies: { id: string; code: string; contactEmail: string | null }[] }>('{ agencies { id code contactEmail } }', {}, adminToken);
      const fk = data!.agencies.find((a) => a.code === 'FK')!;
      const requestId = 'timeout-test-request-1';
      await withAgenciesLocked(async () => {
        const response = await api.gql(
          'mutation ($id: ID!) { updateAgency(input: { id: $id, contactEmail: "late@fk.example" }) { id } }',
          { id: fk.id },
          adminToken,
          { 'x-request-id': requestId },
        );
        expect(onlyError(response).extensions?.code).toBe('TIMEOUT');
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const after = await api.gql<{ agency: { contactEmail: string | null } }>('query ($id: ID!) { agency(id: $id) { contactEmail } }', { id: fk.id }, adminToken);
      expect(after.data!.agency.contactEmail).toBe(fk.contactEmail);
      const rows = await api.dataSource.query('SELECT action, outcome, failure FROM audit_log WHERE request_id = $1', [requestId]);
      expect(rows).toEqual([{ action: 'updateAgency', outcome: 'FAILED', failure: expect.objectContaining({ code: 'TIMEOUT' }) }]);
    });
  });
});

describe('GraphQL limits: batching on', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ seed: false, config: { graphqlAllowBatching: true, graphqlMaxBatchSize: 2 } });
  });
  afterAll(() => api.close());

  it('accepts a batch up to GRAPHQL_MAX_BATCH_SIZE and refuses a larger one', async () => {
    const op = { query: '{ __typename }' };
    const two = await post(api.url, JSON.stringify([op, op]));
    expect(two.status).toBe(200);
    expect(two.body).toEqual([{ data: { __typename: 'Query' } }, { data: { __typename: 'Query' } }]);
    const three = await post(api.url, JSON.stringify([op, op, op]));
    expect(three.status).toBe(400);
    expect(errorsOf(three)[0]?.message).toBe('A batch may hold at most 2 operations');
  });
});

describe('GraphQL limits: rate limits', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ config: { rateLimitPerUser: 3, rateLimitPerAddress: 10, rateLimitWindowSeconds: 60 } });
  });
  afterAll(() => api.close());

  it('refuses a user over RATE_LIMIT_PER_USER, then an address over RATE_LIMIT_PER_ADDRESS, with 429 and Retry-After', async () => {
    const first = await api.login(ADMIN); // address: 1
    const second = await api.login('styrgrupp.fk@samverkan.example'); // address: 2
    for (let i = 0; i < 3; i += 1) expect((await api.gql('{ me { email } }', {}, first)).errors).toBeUndefined(); // address: 5
    const overUser = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${first}` },
      body: JSON.stringify({ query: '{ me { email } }' }),
    }); // address: 6
    expect(overUser.status).toBe(429);
    expect(Number(overUser.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await overUser.json()).toMatchObject({ errors: [{ message: expect.stringMatching(/^Too many requests for your account/), extensions: { code: 'TOO_MANY_REQUESTS' } }] });

    // Another person from the same address still gets through, until the address is spent.
    expect((await api.gql('{ me { email } }', {}, second)).errors).toBeUndefined(); // address: 7
    for (let i = 0; i < 3; i += 1) expect((await api.gql('{ __typename }')).errors).toBeUndefined(); // address: 10
    const overAddress = await api.gql('{ __typename }');
    expect(overAddress.status).toBe(429);
    expect(onlyError(overAddress)).toMatchObject({ message: expect.stringMatching(/^Too many requests from your address/), extensions: { code: 'TOO_MANY_REQUESTS' } });
  });

  it('counts the CSV export against the same limits: 429 where GraphQL answers 429', async () => {
    await api.redis.flush();
    const token = await api.login(ADMIN); // address: 1
    const exportUrl = api.url.replace('/graphql', '/exports/action-items.csv');
    const download = (): Promise<Response> => fetch(exportUrl, { headers: { authorization: `Bearer ${token}` } });
    for (let i = 0; i < 3; i += 1) expect((await download()).status).toBe(200); // user: 3
    const overUser = await download();
    expect(overUser.status).toBe(429);
    expect(Number(overUser.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await overUser.json()).toMatchObject({ error: { code: 'TOO_MANY_REQUESTS' } });
    expect((await api.gql('{ me { email } }', {}, token)).status).toBe(429);
  });

  it('counts the single sign-on addresses against the address limit', async () => {
    await api.redis.flush();
    const start = api.url.replace('/graphql', '/auth/oidc/start?tillbaka=/');
    // Without a configured provider the address answers 404, but only while the address has requests left.
    for (let i = 0; i < 9; i += 1) expect((await fetch(start, { redirect: 'manual' })).status).toBe(404);
    expect((await api.gql('{ __typename }')).errors).toBeUndefined(); // address: 10
    const over = await fetch(start, { redirect: 'manual' });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await over.json()).toMatchObject({ error: { code: 'TOO_MANY_REQUESTS' } });
    expect((await fetch(api.url.replace('/graphql', '/auth/oidc/callback'), { redirect: 'manual' })).status).toBe(429);
  });
});

describe('GraphQL limits: production', () => {
  let production: TestApi;
  let development: TestApi;
  beforeAll(async () => {
    production = await startTestApi({ seed: false, config: { nodeEnv: 'production', graphqlPlayground: false } });
    development = await startTestApi({ seed: false });
  });
  afterAll(async () => {
    await production.close();
    await development.close();
  });

  it('answers no introspection in production', async () => {
    const query = '{ __schema { queryType { name } } }';
    expect((await development.gql(query)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const error = onlyError(await production.gql(query));
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/introspection/i);
  });

  it('serves no landing page in production', async () => {
    const asBrowser = { accept: 'text/html', 'apollo-require-preflight': 'true' };
    const dev = await fetch(development.url, { headers: asBrowser });
    expect(dev.headers.get('content-type')).toMatch(/text\/html/);
    const prod = await fetch(production.url, { headers: asBrowser });
    expect(prod.headers.get('content-type')).not.toMatch(/text\/html/);
    expect(await prod.text()).not.toMatch(/<html/i);
  });
});
