/**
 * `npm run screenshots`: boots the seeded stack (as the journeys do), adds demo
 * work through GraphQL, signs in and saves a picture of the main pages into
 * docs/screenshots/ for the README. Not part of `npm test`.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Page } from 'playwright-core';
import { TestBrowser, launchBrowser } from './support/browser';
import { DemoWork, addDemoWork } from './support/demo-work';
import { signIn } from './support/journey';
import { signOut } from './support/pages';
import { WebStack, startWebStack } from './support/web-stack';

const OUT = resolve(__dirname, '..', '..', 'docs', 'screenshots');

describe('screenshots for the README', () => {
  let stack: WebStack;
  let browser: TestBrowser;
  let page: Page;
  let demo: DemoWork;

  beforeAll(async () => {
    stack = await startWebStack();
    demo = await addDemoWork(stack.api);
    browser = await launchBrowser(stack.origin);
    page = await browser.newPage();
    await mkdir(OUT, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  }, 60_000);

  /** Waits for the page's heading and for no "loading" line, then saves the page. */
  async function shoot(path: string, heading: RegExp | string, name: string): Promise<void> {
    await page.goto(path);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.getByText('Hämtar…').waitFor({ state: 'detached' });
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
  }

  it('saves the coordinator’s pages: my work, the tree, the timeline and an item', async () => {
    await signIn(page, 'samordnare.ag2@samverkan.example');
    await shoot('/', 'Mitt arbete', 'mitt-arbete');
    await shoot(`/plan/${demo.planId}/handlingsplan`, /Handlingsplan/, 'handlingsplan');
    await shoot(`/plan/${demo.planId}/tidslinje`, /Tidslinje/, 'tidslinje');
    await shoot(`/atgarder/${demo.itemId}`, 'Informationsmaterial om ekonomiskt våld', 'atgard');
    await signOut(page, 'Elin Forsberg');
  });

  it('saves the steering group’s overview', async () => {
    await signIn(page, 'styrgrupp.fk@samverkan.example');
    await shoot(`/plan/${demo.planId}/oversikt?ar=2021`, /Översikt/, 'oversikt');
  });

  it('saves an agency representative’s goals and a goal with its chart', async () => {
    await signOut(page, 'Johan Ekström');
    await signIn(page, 'representant.fk@samverkan.example');
    await shoot('/mal?ar=2021', /Myndighetens mål/, 'mal');
    const [{ id }] = await stack.api.dataSource.query(`SELECT id FROM goals WHERE title = 'Underhållsstöd: kunskap och rutinfrågor'`);
    await shoot(`/mal/${id}?ar=2021`, 'Underhållsstöd: kunskap och rutinfrågor', 'mal-sida');
  });
});
