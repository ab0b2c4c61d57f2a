import { TestApi, startTestApi } from '@samverkan/testing';

const ALLOWED = 'https://samverkan.agency.example';

describe('HTTP hardening', () => {
  let api: TestApi;
  let production: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ seed: false, config: { corsOrigins: [ALLOWED] } });
    production = await startTestApi({ seed: false, config: { nodeEnv: 'production', graphqlPlayground: false } });
  });
  afterAll(async () => {
    await api.close();
    await production.close();
  });

  const ask = (url: string, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ __typename }' }) });

  it('sends the security headers and no X-Powered-By', async () => {
    const response = await ask(api.url);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('adds Strict-Transport-Security in production, also on errors', async () => {
    for (const response of [await ask(production.url), await fetch(production.url)]) {
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('lets only the configured origins in through CORS', async () => {
    const preflight = (url: string, origin: string) =>
      fetch(url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
      });

    const allowed = await preflight(api.url, ALLOWED);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    expect((await ask(api.url, { origin: ALLOWED })).headers.get('access-control-allow-origin')).toBe(ALLOWED);

    const stranger = await preflight(api.url, 'https://evil.example');
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    expect((await ask(api.url, { origin: 'https://evil.example' })).headers.get('access-control-allow-origin')).toBeNull();

    // With CORS_ORIGINS empty, no origin is let in.
    expect((await preflight(production.url, ALLOWED)).headers.get('access-control-allow-origin')).toBeNull();
  });
});
