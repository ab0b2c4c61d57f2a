/**
 * The single sign-on routes over plain HTTP, without a browser or a reachable
 * provider: off unless configured, only same-site return paths, and answers
 * that belong to no sign-in started by this browser are refused before the
 * provider is asked anything. (test/web/single-sign-on.e2e-spec.ts runs the
 * whole flow against a real provider.)
 */
import { TestApi, startTestApi } from '@samverkan/testing';
import { freePort } from '../web/support/identity-provider';

const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const SERVICE_INFO = '{ serviceInfo { singleSignOn } }';

describe('single sign-on routes', () => {
  describe('when not configured', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi({ seed: false });
    }, 120_000);
    afterAll(() => api?.close());

    it('are not there, and the sign-in page is told not to offer them', async () => {
      const origin = new URL(api.url).origin;
      for (const path of ['/auth/oidc/start?tillbaka=%2F', '/auth/oidc/callback?code=a&state=b']) {
        const response = await fetch(`${origin}${path}`, { headers: html, redirect: 'manual' });
        expect(response.status).toBe(404);
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      }
      expect((await api.gql<{ serviceInfo: { singleSignOn: boolean } }>(SERVICE_INFO)).data).toEqual({ serviceInfo: { singleSignOn: false } });
    });
  });

  describe('when configured, with the provider down', () => {
    let api: TestApi;
    let origin: string;
    beforeAll(async () => {
      const issuer = `http://127.0.0.1:${await freePort()}`;
      api = await startTestApi({
        seed: false,
        config: {
          publicUrl: 'http://127.0.0.1',
          oidc: { jwksUrl: `${issuer}/jwks`, issuer, audience: 'samverkan-web', userClaim: 'email', jwksCacheSeconds: 600 },
          oidcSignIn: { issuer, clientId: 'samverkan-web', clientSecret: null, redirectUrl: 'http://127.0.0.1/auth/oidc/callback', scopes: 'openid email', userClaim: 'email' },
        },
      });
      origin = new URL(api.url).origin;
    }, 120_000);
    afterAll(() => api?.close());

    const location = async (path: string, headers: Record<string, string> = html): Promise<string | null> => {
      const response = await fetch(`${origin}${path}`, { headers, redirect: 'manual' });
      expect(response.status).toBe(303);
      expect(response.headers.get('cache-control')).toBe('no-store');
      return response.headers.get('location');
    };

    it('are offered to the sign-in page', async () => {
      expect((await api.gql<{ serviceInfo: { singleSignOn: boolean } }>(SERVICE_INFO)).data).toEqual({ serviceInfo: { singleSignOn: true } });
    });

    it('send the person back to sign-in, saying the provider is unreachable, keeping only a same-site return path', async () => {
      expect(await location('/auth/oidc/start?tillbaka=%2Fatgarder%2F1%3Fx%3D1')).toBe('/logga-in?sso=ej-tillganglig&tillbaka=%2Fatgarder%2F1%3Fx%3D1');
      for (const foreign of ['%2F%2Fevil.example%2F', 'https%3A%2F%2Fevil.example%2F', '%2F%5Cevil.example']) {
        expect(await location(`/auth/oidc/start?tillbaka=${foreign}`)).toBe('/logga-in?sso=ej-tillganglig');
      }
    });

    it('refuse an answer without a flow cookie, or with one not sealed here, and clear the cookie', async () => {
      expect(await location('/auth/oidc/callback?code=a&state=b')).toBe('/logga-in?sso=ogiltigt-svar');
      const response = await fetch(`${origin}/auth/oidc/callback?code=a&state=b`, { headers: { ...html, cookie: 'samverkan_sso=forged-value' }, redirect: 'manual' });
      expect(response.headers.get('location')).toBe('/logga-in?sso=ogiltigt-svar');
      expect(response.headers.get('set-cookie')).toMatch(/^samverkan_sso=;.*Path=\/auth\/oidc/);
      expect(response.headers.get('set-cookie')).not.toMatch(/samverkan_session=/);
    });
  });
});
