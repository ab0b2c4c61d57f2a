/**
 * The web workspace's budgets (DESIGN.md §6), measured in Chromium against the
 * seeded stack with demo work added:
 *   npm run bench:web
 * - the JavaScript the sign-in page and then the landing page load, gzipped
 *   (each file the browser fetched, read from dist/web and gzipped at level 9);
 * - time to the overview shown: navigation start to the status table on the
 *   screen, median of 10 loads of the page in a signed-in browser;
 * - GraphQL requests per page: POSTs to /graphql from navigation to network idle.
 * Prints a Markdown table for docs/benchmarks.md.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Page } from 'playwright-core';
import { TestBrowser } from '../../test/web/support/browser';
import { DemoStack, DemoWork, startDemoStack } from '../../test/web/support/demo-work';
import { signIn } from '../../test/web/support/journey';

const DIST = resolve(__dirname, '..', '..', 'dist', 'web');
const RUNS = 10;

const gzipped = (urlPath: string) => gzipSync(readFileSync(join(DIST, urlPath)), { level: 9 }).length;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The JavaScript files a navigation fetched, as paths under dist/web. */
async function scriptsLoadedBy(page: Page, action: () => Promise<void>): Promise<string[]> {
  const scripts = new Set<string>();
  const listener = (response: { url(): string; request(): { resourceType(): string } }) => {
    if (response.request().resourceType() === 'script') scripts.add(new URL(response.url()).pathname);
  };
  page.on('response', listener);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('response', listener);
  return [...scripts];
}

/** How many GraphQL requests loading a page makes, and whether one was the frame's. */
async function graphqlRequests(page: Page, path: string): Promise<string[]> {
  const operations: string[] = [];
  const listener = (request: { url(): string; method(): string; postData(): string | null }) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') {
      operations.push((JSON.parse(request.postData() ?? '{}') as { operationName?: string }).operationName ?? '?');
    }
  };
  page.on('request', listener);
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  page.off('request', listener);
  return operations;
}

describe('web workspace budgets', () => {
  let browser: TestBrowser;
  let demo: DemoWork;
  let demoStack: DemoStack;

  beforeAll(async () => {
    demoStack = await startDemoStack();
    ({ demo, browser } = demoStack);
  }, 300_000);

  afterAll(() => demoStack?.close(), 60_000);

  it('measures', async () => {
    const lines: string[] = [];
    const page = await browser.newPage();

    const signInScripts = await scriptsLoadedBy(page, async () => {
      await page.goto('/logga-in');
      await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    });
    const landingScripts = await scriptsLoadedBy(page, async () => {
      await signIn(page, 'samordnare.ag2@samverkan.example');
      await page.getByRole('heading', { level: 1, name: 'Mitt arbete' }).waitFor();
    });
    const signInBytes = signInScripts.reduce((sum, path) => sum + gzipped(path), 0);
    const landingBytes = landingScripts.filter((path) => !signInScripts.includes(path)).reduce((sum, path) => sum + gzipped(path), 0);
    lines.push(`| JavaScript of the sign-in page (${signInScripts.length} files, gzipped) | ${kB(signInBytes)} |`);
    lines.push(`| … then of "Mitt arbete" after sign-in (${landingScripts.filter((path) => !signInScripts.includes(path)).length} more files) | ${kB(landingBytes)} |`);
    lines.push(`| First page in all: sign-in and landing page | ${kB(signInBytes + landingBytes)} (budget 250 kB) |`);

    const overviewPath = `/plan/${demo.planId}/oversikt`;
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const fresh = await browser.newPage();
      await fresh.goto(overviewPath);
      await fresh.getByRole('table', { name: 'Antal åtgärder per status och arbetsgrupp' }).getByRole('row').nth(1).waitFor();
      times.push(await fresh.evaluate<number>('performance.now()'));
      await fresh.close();
    }
    lines.push(`| Overview shown (navigation start to the status table), median of ${RUNS} | ${Math.round(median(times))} ms (min ${Math.round(Math.min(...times))}, max ${Math.round(Math.max(...times))}; budget 1 s) |`);

    const meetingList = `/grupper/${demo.groupIds[2]}/moten`;
    const pages: [string, string][] = [
      ['Mitt arbete', '/'],
      ['Översikt', overviewPath],
      ['Handlingsplanen', `/plan/${demo.planId}/handlingsplan`],
      ['Tidslinje', `/plan/${demo.planId}/tidslinje`],
      ['Åtgärd', `/atgarder/${demo.itemId}`],
      ['Möten', meetingList],
      ['Revisioner', `/plan/${demo.planId}/revisioner`],
      ['Rapporter', '/rapporter'],
      ['Myndighetens mål', '/mal'],
      ['Aviseringar', '/aviseringar'],
      ['Inställningar', '/installningar'],
    ];
    for (const [name, path] of pages) {
      const operations = await graphqlRequests(page, path);
      const own = operations.filter((operation) => operation !== 'Frame');
      lines.push(`| GraphQL requests, ${name} (page's own + the frame's on a full load) | ${own.length} + ${operations.length - own.length} (${own.join(', ')}) |`);
    }
    // eslint-disable-next-line no-console
    console.log(
      [`Chromium headless, ${cpus().length} cores, load ${loadavg().map((value) => value.toFixed(1)).join(' ')}`, '| measure | result |', '|---|---|', ...lines].join('\n'),
    );
    expect(times).toHaveLength(RUNS);
  }, 600_000);
});
