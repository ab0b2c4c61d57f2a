/**
 * The api serves the built web workspace (dist/web, built by the global setup):
 * page paths get index.html under a strict CSP and no caching, hashed assets
 * are cached for good, and API paths keep their meaning.
 */
import { TestApi, startTestApi } from '@samverkan/testing';

describe('serving the web workspace', () => {
  let api: TestApi;
  let origin: string;
  const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

  beforeAll(async () => {
    api = await startTestApi({ seed: false });
    origin = new URL(api.url).origin;
  }, 120_000);

  afterAll(() => api?.close());

  const get = (path: string, headers: Record<string, string> = html, method = 'GET') => fetch(`${origin}${path}`, { method, headers, redirect: 'manual' });

  it.each(['/', '/logga-in?tillbaka=%2F', '/plan/abc/handlingsplan', '/plan/abc/tidslinje', '/plan/abc/atgarder/ny', '/atgarder/123', '/aviseringar', '/nytt-losenord?token=abc', '/administration/personer/123'])(
    'answers the page path %s with index.html, not cached, under a strict CSP',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      const body = await response.text();
      expect(body).toContain('<div id="root"></div>');
      // No inline script: every script element loads a file of this origin.
      const scripts = [...body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, content] of scripts) {
        expect(attributes).toMatch(/src="\/assets\/[^"]+\.js"/);
        expect(content!.trim()).toBe('');
      }
    },
  );

  it('caches hashed assets for a year and answers a missing one 404', async () => {
    const page = await (await get('/')).text();
    const assets = [...page.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]!);
    expect(assets.some((path) => path.endsWith('.js'))).toBe(true);
    expect(assets.some((path) => path.endsWith('.css'))).toBe(true);
    for (const path of assets) {
      const response = await get(path, { accept: '*/*' });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-type')).toMatch(path.endsWith('.js') ? /javascript/ : /text\/css/);
    }
    const missing = await get('/assets/index-00000000.js', html);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<div id="root">');
  });

  it('answers an address that is no page with the page and status 404, so it shows "Sidan finns inte"', async () => {
    const response = await get('/ingen/sadan/sida');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<div id="root"></div>');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it.each([
    ['an unknown path asked for as JSON', '/ingen/sadan/sida', { accept: 'application/json' }, 'GET'],
    ['an unknown path with no Accept', '/plan/abc/handlingsplan', {}, 'GET'],
    ['an unknown export', '/exports/nothing.csv', html, 'GET'],
    ['an unknown calendar feed', '/calendar/nothing.ics', html, 'GET'],
    ['an unknown health path', '/health/nothing', html, 'GET'],
    ['a POST to a page path', '/plan/abc/handlingsplan', html, 'POST'],
  ])('leaves %s to the API: no page', async (_what, path, headers, method) => {
    const response = await get(path, headers as Record<string, string>, method);
    // The API's own answer for a path it does not know (its not-found handler decides the status and body).
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    expect(await response.text()).not.toContain('<div id="root">');
  });

  it('keeps /graphql as the API, also for a browser', async () => {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    const browser = await get('/graphql');
    expect(await browser.text()).not.toContain('<div id="root">');
  });
});
