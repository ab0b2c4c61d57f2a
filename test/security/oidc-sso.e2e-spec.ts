import { KeyObject, generateKeyPairSync, sign } from 'node:crypto';
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { TestApi, onlyError, startTestApi } from '@samverkan/testing';

const ISSUER = 'https://idp.myndigheter.example';
const AUDIENCE = 'samverkan';
const ME = '{ me { email } }';

/** A stand-in for the agencies' identity provider: a JWKS endpoint and the private keys behind it. */
class TestIdentityProvider {
  readonly rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  readonly ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  published: { kid: string; key: KeyObject; alg: string }[] = [
    { kid: 'rsa-1', key: this.rsa.publicKey, alg: 'RS256' },
    { kid: 'ec-1', key: this.ec.publicKey, alg: 'ES256' },
  ];
  fetches = 0;
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((_req, res) => {
      this.fetches += 1;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: this.published.map(({ kid, key, alg }) => ({ ...key.export({ format: 'jwk' }), kid, alg, use: 'sig' })) }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/jwks`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server!.close(() => resolve()));
  }

  token(claims: Record<string, unknown>, { alg = 'RS256', kid = alg === 'RS256' ? 'rsa-1' : 'ec-1', key }: { alg?: string; kid?: string; key?: KeyObject } = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const header = Buffer.from(JSON.stringify({ alg, kid, typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ iss: ISSUER, aud: AUDIENCE, iat: now, exp: now + 300, ...claims })).toString('base64url');
    const signingKey = key ?? (alg === 'RS256' ? this.rsa.privateKey : this.ec.privateKey);
    const signature = sign('sha256', Buffer.from(`${header}.${payload}`), alg === 'ES256' ? { key: signingKey, dsaEncoding: 'ieee-p1363' } : signingKey);
    return `${header}.${payload}.${signature.toString('base64url')}`;
  }
}

/** Runs a provider and an api that trusts it around the tests of the enclosing describe. */
function withIdentityProvider(jwksCacheSeconds: number): { idp: TestIdentityProvider; api: () => TestApi } {
  const idp = new TestIdentityProvider();
  let api: TestApi;
  beforeAll(async () => {
    const jwksUrl = await idp.start();
    api = await startTestApi({ config: { oidc: { jwksUrl, issuer: ISSUER, audience: AUDIENCE, userClaim: 'email', jwksCacheSeconds } } });
  });
  afterAll(async () => {
    await api.close();
    await idp.stop();
  });
  return { idp, api: () => api };
}

describe('single sign-on with the agencies\' identity provider (OIDC)', () => {
  const { idp, api: current } = withIdentityProvider(600);
  let api: TestApi;
  beforeAll(() => {
    api = current();
  });

  it('maps a valid RS256 or ES256 token to the person with that e-mail, fetching the keys once', async () => {
    const person = 'Samordnare.AG3@samverkan.example';
    for (const alg of ['RS256', 'ES256', 'RS256']) {
      const response = await api.gql(ME, {}, idp.token({ email: person, sub: 'idp-user-1' }, { alg }));
      expect(response).toMatchObject({ data: { me: { email: 'samordnare.ag3@samverkan.example' } } });
    }
    expect(idp.fetches).toBe(1);
  });

  it('applies the person\'s rights, as with a password login', async () => {
    const token = idp.token({ email: 'observator@samverkan.example' });
    const error = onlyError(await api.gql('mutation { createAgency(input: { code: "SSO", nameSv: "X", nameEn: "X" }) { id } }', {}, token));
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['another issuer', () => idp.token({ email: 'admin@samverkan.example', iss: 'https://evil.example' })],
    ['another audience', () => idp.token({ email: 'admin@samverkan.example', aud: 'someone-else' })],
    ['an audience list without ours', () => idp.token({ email: 'admin@samverkan.example', aud: ['a', 'b'] })],
    ['an expired token', () => idp.token({ email: 'admin@samverkan.example', exp: Math.floor(Date.now() / 1000) - 3600 })],
    ['a token not yet valid', () => idp.token({ email: 'admin@samverkan.example', nbf: Math.floor(Date.now() / 1000) + 3600 })],
    ['a token without expiry', () => idp.token({ email: 'admin@samverkan.example', exp: undefined })],
    ['a person we do not know', () => idp.token({ email: 'okand@samverkan.example' })],
    ['no e-mail claim', () => idp.token({ sub: 'admin' })],
    ['an e-mail the provider has not verified', () => idp.token({ email: 'admin@samverkan.example', email_verified: false })],
    ['a key the provider does not publish', () => idp.token({ email: 'admin@samverkan.example' }, { key: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey })],
    ['an RSA signature presented as ES256', () => idp.token({ email: 'admin@samverkan.example' }, { alg: 'ES256', key: idp.rsa.privateKey })],
    ['alg none', () => {
      const [header, payload] = idp.token({ email: 'admin@samverkan.example' }).split('.');
      const none = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(header!, 'base64url').toString()), alg: 'none' })).toString('base64url');
      return `${none}.${payload}.`;
    }],
    ['a tampered payload', () => {
      const [header, , signature] = idp.token({ email: 'medlem.ag3@samverkan.example' }).split('.');
      const payload = Buffer.from(JSON.stringify({ iss: ISSUER, aud: AUDIENCE, exp: 9_999_999_999, email: 'admin@samverkan.example' })).toString('base64url');
      return `${header}.${payload}.${signature}`;
    }],
  ])('rejects %s as UNAUTHENTICATED', async (_what, token) => {
    expect(onlyError(await api.gql(ME, {}, token())).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stops accepting a deactivated person', async () => {
    const admin = await api.login('admin@samverkan.example');
    const token = idp.token({ email: 'medlem.ag3.mv@samverkan.example' });
    const me = await api.gql<{ me: { id: string } }>('{ me { id } }', {}, token);
    const id = me.data!.me.id;
    expect((await api.gql('mutation ($id: ID!) { updateUser(input: { id: $id, active: false }) { id } }', { id }, admin)).errors).toBeUndefined();
    expect(onlyError(await api.gql(ME, {}, token)).extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('OIDC key rotation', () => {
  const { idp, api } = withIdentityProvider(0);

  it('picks up a new key and drops a withdrawn one', async () => {
    const person = { email: 'styrgrupp.mv@samverkan.example' };
    expect((await api().gql(ME, {}, idp.token(person))).errors).toBeUndefined();
    const next = generateKeyPairSync('rsa', { modulusLength: 2048 });
    idp.published = [{ kid: 'rsa-2', key: next.publicKey, alg: 'RS256' }];
    expect((await api().gql(ME, {}, idp.token(person, { kid: 'rsa-2', key: next.privateKey }))).errors).toBeUndefined();
    expect(onlyError(await api().gql(ME, {}, idp.token(person))).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
