import { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DEMO_PASSWORD } from '@samverkan/seed';
import { TestApi, onlyError, startTestApi, testConfig } from '@samverkan/testing';
import { createApiApp } from '../../apps/api/src/api.app';

const LOGIN = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }';
const CHANGE_PASSWORD = 'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken expiresAt } }';
const ME = '{ me { email } }';

describe('login hardening', () => {
  let api: TestApi;
  /** A second api process on the same database and Redis prefix: another replica. */
  let replica: INestApplication;
  let replicaUrl: string;

  beforeAll(async () => {
    const limits = { loginMaxFailuresPerAccount: 3, loginMaxFailuresPerAddress: 100, loginThrottleWindowSeconds: 60 };
    api = await startTestApi({ config: limits });
    replica = await createApiApp(testConfig(api.db.url, api.redis.url, api.redis.prefix, limits));
    await replica.listen(0, '127.0.0.1');
    replicaUrl = `http://127.0.0.1:${(replica.getHttpServer().address() as { port: number }).port}/graphql`;
  });
  afterAll(async () => {
    await replica.close();
    await api.close();
  });

  const loginOn = async (url: string, e: string, p: string) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LOGIN, variables: { e, p } }) });
    return (await response.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] };
  };

  it('throttles an account after repeated failures, on every replica, without saying whether it exists', async () => {
    const known = 'representant.af@samverkan.example';
    const unknown = 'ingen.alls@samverkan.example';
    for (const url of [api.url, replicaUrl, api.url]) {
      expect((await loginOn(url, known, 'wrong-password-1')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect((await loginOn(url, unknown, 'wrong-password-1')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    // The fourth attempt is refused on the other replica too, even with the right password.
    const throttled = await loginOn(replicaUrl, known, DEMO_PASSWORD);
    const throttledUnknown = await loginOn(replicaUrl, unknown, DEMO_PASSWORD);
    expect(throttled.errors?.[0]?.extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(throttled.errors?.[0]?.message).toMatch(/^Too many failed attempts to log in/);
    const shape = (r: typeof throttled) => r.errors?.map((e) => [e.extensions.code, e.message]);
    expect(shape(throttledUnknown)).toEqual(shape(throttled));
  });

  it('forgets the failures of an account once its password is proven', async () => {
    const email = 'representant.mv@samverkan.example';
    await api.gql(LOGIN, { e: email, p: 'wrong-password-1' });
    await api.gql(LOGIN, { e: email, p: 'wrong-password-2' });
    expect((await api.gql(LOGIN, { e: email, p: DEMO_PASSWORD })).errors).toBeUndefined();
    await api.gql(LOGIN, { e: email, p: 'wrong-password-3' });
    await api.gql(LOGIN, { e: email, p: 'wrong-password-4' });
    expect((await api.gql(LOGIN, { e: email, p: DEMO_PASSWORD })).errors).toBeUndefined();
  });

  it('throttles an address that guesses across many accounts', async () => {
    const strict = await startTestApi({ seed: false, config: { loginMaxFailuresPerAddress: 4 } });
    try {
      const codes = [];
      for (let i = 0; i < 5; i += 1) codes.push(onlyError(await strict.gql(LOGIN, { e: `sprayed.${i}@samverkan.example`, p: 'Sommar2019!' })).extensions?.code);
      expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS']);
    } finally {
      await strict.close();
    }
  });

  it('rejects an expired token and one signed with another secret', async () => {
    const token = await api.login('styrgrupp.af@samverkan.example');
    const { sub, ver } = new JwtService({}).decode<{ sub: string; ver: number }>(token);
    const sign = (secret: string, expiresIn: number) =>
      new JwtService({ secret }).sign({ ver }, { subject: sub, expiresIn, issuer: 'samverkan', audience: 'samverkan-api', algorithm: 'HS256' });
    expect(onlyError(await api.gql(ME, {}, sign('test-secret-that-is-long-enough-000000', -10))).extensions?.code).toBe('UNAUTHENTICATED');
    expect(onlyError(await api.gql(ME, {}, sign('another-secret-that-is-long-enough-0000', 600))).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.gql(ME, {}, sign('test-secret-that-is-long-enough-000000', 600))).errors).toBeUndefined();
  });

  describe('changePassword', () => {
    const email = 'medlem.ag1.mv@samverkan.example';

    it.each([
      ['too short', 'kort-lösen', 'at least 12 characters'],
      ['the e-mail address', email, 'e-mail address'],
      ['a common password padded to length', 'Password2024!', 'too common'],
      ['the current password', DEMO_PASSWORD, 'differ from the current password'],
    ])('rejects a new password that is %s, naming newPassword', async (_what, newPassword, problem) => {
      const token = await api.login(email);
      const error = onlyError(await api.gql(CHANGE_PASSWORD, { c: DEMO_PASSWORD, n: newPassword }, token));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
      expect(error.message).toContain(problem);
    });

    it('rejects a wrong current password, naming currentPassword', async () => {
      const token = await api.login(email);
      const error = onlyError(await api.gql(CHANGE_PASSWORD, { c: 'not-my-password', n: 'korp tegel vinäger 42' }, token));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    });

    it('changes the password, ends every other session and returns a working token', async () => {
      const first = await api.login(email);
      const second = await api.login(email);
      const changed = await api.gql<{ changePassword: { accessToken: string } }>(CHANGE_PASSWORD, { c: DEMO_PASSWORD, n: 'korp tegel vinäger 42' }, first);
      expect(changed.errors).toBeUndefined();
      for (const old of [first, second]) expect(onlyError(await api.gql(ME, {}, old)).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await api.gql(ME, {}, changed.data!.changePassword.accessToken)).data).toEqual({ me: { email } });
      expect(onlyError(await api.gql(LOGIN, { e: email, p: DEMO_PASSWORD })).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await api.gql(LOGIN, { e: email, p: 'korp tegel vinäger 42' })).errors).toBeUndefined();
    });
  });
});
