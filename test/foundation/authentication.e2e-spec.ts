import { TestApi, onlyError, startTestApi } from '@samverkan/testing';

describe('authentication', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it.each([
    ['a query', '{ agencies { code } }'],
    ['me', '{ me { id } }'],
    ['a nested read', '{ groups { memberships { user { email } } } }'],
    ['a mutation', 'mutation { createAgency(input: { code: "XX", nameSv: "X", nameEn: "X" }) { id } }'],
  ])('rejects %s without a token as UNAUTHENTICATED', async (_what, query) => {
    const response = await api.gql(query);
    const error = onlyError(response);
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.data ?? null).toBeNull();
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const login = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }';
    const unknown = onlyError(await api.gql(login, { e: 'nobody@samverkan.example', p: 'whatever-password' }));
    const wrong = onlyError(await api.gql(login, { e: 'admin@samverkan.example', p: 'wrong-password-123' }));
    expect(unknown.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong).toEqual(unknown);
  });

  it('issues an expiring token that works until logout revokes it', async () => {
    const result = await api.gql<{ login: { accessToken: string; expiresAt: string } }>(
      'mutation { login(email: "styrgrupp.fk@samverkan.example", password: "Samverkan-demo-2019") { accessToken expiresAt } }',
    );
    const { accessToken, expiresAt } = result.data!.login;
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect((await api.gql('{ me { id } }', {}, accessToken)).errors).toBeUndefined();
    expect((await api.gql('mutation { logout }', {}, accessToken)).data).toEqual({ logout: true });
    expect(onlyError(await api.gql('{ me { id } }', {}, accessToken)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects a tampered or foreign token', async () => {
    const token = await api.login('admin@samverkan.example');
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.c2lnbmF0dXJl`;
    expect(onlyError(await api.gql('{ me { id } }', {}, forged)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends the sessions of a deactivated person', async () => {
    const adminToken = await api.login('admin@samverkan.example');
    const memberToken = await api.login('medlem.ag1.af@samverkan.example');
    const me = await api.gql<{ me: { id: string } }>('{ me { id } }', {}, memberToken);
    const deactivate = await api.gql('mutation ($id: ID!) { updateUser(input: { id: $id, active: false }) { active } }', { id: me.data!.me.id }, adminToken);
    expect(deactivate.errors).toBeUndefined();
    expect(onlyError(await api.gql('{ me { id } }', {}, memberToken)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('never sends a stack trace', async () => {
    const response = await api.gql('{ agency(id: "not-a-uuid") { code } }', {}, await api.login('admin@samverkan.example'));
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});
