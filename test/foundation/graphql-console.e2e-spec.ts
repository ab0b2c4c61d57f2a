import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { TestApi, startTestApi } from '@samverkan/testing';
import { Browser, chromium } from 'playwright-core';

const AS_BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const HOW_TO_ASK = /POST a JSON body/;

/** `GET /graphql` without an operation: the development console, or a note on how to ask. */
describe('GET /graphql', () => {
  let development: TestApi;
  let production: TestApi;

  beforeAll(async () => {
    development = await startTestApi();
    production = await startTestApi({ seed: false, config: { nodeEnv: 'production', graphqlPlayground: false } });
  });
  afterAll(async () => {
    await development.close();
    await production.close();
  });

  it('serves the console as one page that names no other origin, under a CSP without inline code or other origins', async () => {
    const response = await fetch(development.url, { headers: AS_BROWSER });
    const page = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page).toMatch(/<script>/);
    expect(page).not.toMatch(/\b(src|href)\s*=/i);
    expect(page).not.toMatch(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/connect-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  const browserPath = ['chromium', 'chromium-browser']
    .flatMap((name) => (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name)))
    .find((candidate) => existsSync(candidate));
  (browserPath ? it : it.skip)('runs an operation in Chromium with every other origin unreachable', async () => {
    const browser: Browser = await chromium.launch({ executablePath: browserPath });
    try {
      const context = await browser.newContext();
      const origin = new URL(development.url).origin;
      const elsewhere: string[] = [];
      await context.route('**/*', (route) => {
        if (route.request().url().startsWith(origin)) return route.continue();
        elsewhere.push(route.request().url());
        return route.abort('internetdisconnected');
      });
      const tab = await context.newPage();
      const problems: string[] = [];
      tab.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      tab.on('pageerror', (error) => problems.push(error.message));

      await tab.goto(development.url);
      await tab.getByRole('button', { name: 'Run' }).click();
      await tab.getByText('"accessToken"').waitFor({ timeout: 10_000 });
      expect(await tab.getByLabel('Access token').inputValue()).toMatch(/^ey/);

      await tab.getByLabel('Query').fill('{ agencies { code } }');
      await tab.getByRole('button', { name: 'Run' }).click();
      await tab.getByText('"JAMY"').waitFor({ timeout: 10_000 });

      expect(elsewhere).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('answers a request that is not from a browser with a note on how to ask', async () => {
    const response = await fetch(development.url);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(HOW_TO_ASK);
  });

  it('answers a note on how to ask, not a page and not an error, when the console is off (production)', async () => {
    const response = await fetch(production.url, { headers: AS_BROWSER });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ statusCode: 400, message: expect.stringMatching(HOW_TO_ASK) });
  });

  it('still runs a query sent by GET', async () => {
    const response = await fetch(`${development.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
