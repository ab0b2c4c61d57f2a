/**
 * The coordinators' action plan in Chromium, against the real api, worker,
 * PostgreSQL and Redis, with axe on every page visited (zero violations):
 * the WG2 coordinator creates an item with a sub-item and perspectives and
 * finds it in the tree and the timeline; a WG2 member posts a check-in that
 * marks it at risk; a WG1 member finds no way to post one (and the API
 * refuses when forced).
 */
import { Page } from 'playwright-core';
import { TestBrowser, expectNoAxeViolations, launchBrowser, screenshot } from './support/browser';
import { DEMO_PASSWORD } from '@samverkan/seed';
import { focusedText, gqlFromPage, signIn, tabTo, visit } from './support/journey';
import { WebStack, startWebStack } from './support/web-stack';

const ITEM = 'Gemensam informationsinsats om stöd och skydd';
const SUB_ITEM = 'Broschyr på lätt svenska';

describe('the action plan in the web workspace', () => {
  let stack: WebStack;
  let browser: TestBrowser;
  let planId: string;
  let itemPath: string;
  /** The title of the sub-topic the item is given. */
  let subTopic: string;

  beforeAll(async () => {
    stack = await startWebStack();
    browser = await launchBrowser(stack.origin);
    [{ id: planId }] = await stack.api.dataSource.query(`SELECT id FROM plans WHERE key = 'IPV-2019-2021'`);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  }, 60_000);

  async function freshPage(): Promise<Page> {
    await browser.context.clearCookies();
    return browser.newPage();
  }

  it('lets the WG2 coordinator create an item, with the API refusal shown on its field', async () => {
    const page = await freshPage();
    await signIn(page, 'samordnare.ag2@samverkan.example', `/plan/${planId}/handlingsplan`);
    await page.getByRole('heading', { level: 1, name: 'Handlingsplanen' }).waitFor();
    await page.getByText('0 åtgärder').waitFor();
    await expectNoAxeViolations(page, 'empty action plan');

    await page.getByRole('link', { name: 'Ny åtgärd' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny åtgärd' }).waitFor();
    await expectNoAxeViolations(page, 'new item form');
    await page.getByLabel('Titel').fill(ITEM);
    await page.getByLabel('Beskrivning').fill('Myndigheterna tar fram gemensam information om våld, lagstiftning, skydd och stöd.');
    await page.getByLabel('Ansvarig').selectOption({ label: 'Elin Forsberg' });
    await page.getByLabel('Utvecklingsområde').selectOption({ index: 2 });
    // The sub-topics offered are the chosen area's own.
    await page.getByLabel('Delområde').selectOption({ index: 1 });
    subTopic = (await page.getByLabel('Delområde').locator('option:checked').textContent())!;
    await page.getByLabel('Ledande myndighet').selectOption({ label: 'Migrationsverket' });
    await page.getByRole('checkbox', { name: 'Försäkringskassan' }).check();
    await page.getByRole('checkbox', { name: 'Hedersrelaterat våld och förtryck' }).check();
    await page.getByRole('checkbox', { name: 'Barn som far illa' }).check();
    await page.getByLabel('Startdatum').fill('2020-06-01');
    await page.getByLabel('Klart senast').fill('2020-02-01');
    await page.getByRole('button', { name: 'Skapa åtgärden' }).click();

    // The API's own refusal, in Swedish, on the field it names.
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: 'Klart senast: Slutdatum kan inte vara före startdatum.' }).waitFor();
    expect(await page.getByLabel('Klart senast').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'new item form with a refusal');
    const [{ count }] = await stack.api.dataSource.query(`SELECT count(*)::int AS count FROM action_items`);
    expect(count).toBe(0);

    await page.getByLabel('Klart senast').fill('2021-06-30');
    await page.getByRole('button', { name: 'Skapa åtgärden' }).click();
    await page.getByRole('heading', { level: 1, name: ITEM }).waitFor();
    await page.getByText('Åtgärden är skapad.').waitFor();
    itemPath = new URL(page.url()).pathname;
    await expectNoAxeViolations(page, 'item page');

    await page.getByRole('link', { name: 'Lägg till delåtgärd' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny delåtgärd' }).waitFor();
    await page.getByLabel('Titel').fill(SUB_ITEM);
    await page.getByLabel('Ansvarig').selectOption({ label: 'Hanna Lund' });
    await page.getByLabel('Startdatum').fill('2020-08-01');
    await page.getByLabel('Klart senast').fill('2020-12-15');
    await page.getByLabel('Vikt i den överordnade åtgärdens framsteg').fill('2');
    await expectNoAxeViolations(page, 'new sub-item form');
    await page.getByRole('button', { name: 'Skapa åtgärden' }).click();
    await page.getByRole('heading', { level: 1, name: SUB_ITEM }).waitFor();
    await page.getByRole('link', { name: ITEM }).click();
    await page.getByRole('heading', { level: 1, name: ITEM }).waitFor();
    await page.getByRole('treegrid', { name: 'Delåtgärder' }).getByRole('link', { name: SUB_ITEM }).waitFor();
    await page.getByText('Hedersrelaterat våld och förtryck').waitFor();
    await page.getByText(/sammanräknat från delåtgärderna/).waitFor();
    await page.locator('dt', { hasText: 'Delområde' }).locator('+ dd', { hasText: subTopic }).waitFor();
    await screenshot(page, 'atgard');
    await page.close();
  });

  it('shows the item in the tree, with its sub-item under it, and in the timeline', async () => {
    const page = await browser.newPage();
    await visit(page, `/plan/${planId}/handlingsplan`, 'Handlingsplanen');
    const tree = page.getByRole('treegrid', { name: 'Åtgärderna i planen, med delåtgärder' });
    const row = tree.getByRole('row', { name: new RegExp(ITEM) });
    expect(await row.getAttribute('aria-expanded')).toBe('false');
    expect(await row.getAttribute('aria-level')).toBe('1');
    await row.getByText('(sammanräknat)').waitFor();
    await row.locator('.tree-toggle').click();
    const child = tree.getByRole('row', { name: new RegExp(SUB_ITEM) });
    await child.waitFor();
    expect(await child.getAttribute('aria-level')).toBe('2');
    await expectNoAxeViolations(page, 'tree expanded');
    await screenshot(page, 'handlingsplan');

    // Filters live in the address: a shareable view with only what matches.
    await page.getByLabel('Sök i titel och beskrivning').fill('Broschyr');
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.waitForURL(/text=Broschyr/);
    await page.getByText('1 åtgärd', { exact: true }).waitFor();
    await page.getByRole('treegrid').getByText(`Under: ${ITEM}`).waitFor();
    await page.reload();
    await page.getByText('1 åtgärd', { exact: true }).waitFor();
    expect(await page.getByLabel('Sök i titel och beskrivning').inputValue()).toBe('Broschyr');

    await page.getByRole('navigation', { name: 'Visa som' }).getByRole('link', { name: 'Tidslinje' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tidslinje' }).waitFor();
    expect(new URL(page.url()).searchParams.get('text')).toBe('Broschyr');
    await visit(page, `/plan/${planId}/tidslinje`, 'Tidslinje');
    const timelineRow = page.getByRole('row', { name: new RegExp(ITEM) });
    await timelineRow.getByText('2020-06-01').waitFor();
    await timelineRow.getByText('2021-06-30').waitFor();
    await screenshot(page, 'tidslinje');

    // By development area and sub-topic: the sub-item shares the area but names no sub-topic.
    await visit(page, `/plan/${planId}/handlingsplan`, 'Handlingsplanen');
    await page.getByLabel('Utvecklingsområde').selectOption({ index: 2 });
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.getByText('2 åtgärder', { exact: true }).waitFor();
    await page.getByLabel('Delområde').selectOption({ label: subTopic });
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.has('omrade') && url.searchParams.has('delomrade'));
    await page.getByText('1 åtgärd', { exact: true }).waitFor();
    await page.getByRole('treegrid').getByRole('link', { name: ITEM }).waitFor();
    await expectNoAxeViolations(page, 'tree filtered by sub-topic');
    await page.close();
  });

  it('lets a WG2 member post a check-in that marks the item at risk', async () => {
    const page = await freshPage();
    await signIn(page, 'medlem.ag2.af@samverkan.example', itemPath);
    await page.getByRole('heading', { level: 1, name: ITEM }).waitFor();
    await expectNoAxeViolations(page, 'item page as a member');
    expect(await page.getByRole('heading', { name: 'Samordnarens åtgärder' }).count()).toBe(0);
    await page.getByLabel('Vad har hänt sedan förra avstämningen?').fill('Tryckeriet är försenat; broschyren riskerar att bli klar först i januari.');
    await page.getByLabel('Hälsa').selectOption({ label: 'Risk' });
    await page.getByRole('button', { name: 'Spara avstämningen' }).click();
    await page.getByText('Avstämningen är sparad.').waitFor();
    const checkIns = page.getByRole('list', { name: 'Avstämningar' });
    await checkIns.getByText('Tryckeriet är försenat', { exact: false }).waitFor();
    await checkIns.getByText(/Nils Berglund/).waitFor();
    await page.locator('.tag--health-at-risk').first().waitFor();
    await expectNoAxeViolations(page, 'item page after a check-in');
    const [{ health }] = await stack.api.dataSource.query(`SELECT health FROM action_items WHERE title = $1`, [ITEM]);
    expect(health).toBe('AT_RISK');
    await page.close();
  });

  it('gives a WG1 member no way to post a check-in, and the API refuses when forced', async () => {
    const page = await freshPage();
    await signIn(page, 'medlem.ag1.af@samverkan.example', itemPath);
    await page.getByRole('heading', { level: 1, name: ITEM }).waitFor();
    await page.getByText('Avstämningar görs av medlemmarna i arbetsgrupp 2.').waitFor();
    expect(await page.getByRole('button', { name: 'Spara avstämningen' }).count()).toBe(0);
    expect(await page.getByLabel('Vad har hänt sedan förra avstämningen?').count()).toBe(0);
    await expectNoAxeViolations(page, 'item page as a member of another group');

    const itemId = itemPath.split('/').pop();
    const forced = await gqlFromPage(page, 'mutation ($input: PostCheckInInput!) { postCheckIn(input: $input) { id } }', {
      input: { itemId, narrative: 'Forced from the browser', health: 'OFF_TRACK' },
    });
    expect(forced.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [{ count }] = await stack.api.dataSource.query(`SELECT count(*)::int AS count FROM check_ins WHERE narrative = 'Forced from the browser'`);
    expect(count).toBe(0);
    await page.close();
  });

  it('lets the coordinator close the item and reopen it, asking first', async () => {
    const page = await freshPage();
    await signIn(page, 'samordnare.ag2@samverkan.example', itemPath);
    await page.getByRole('heading', { level: 1, name: ITEM }).waitFor();
    await page.getByRole('button', { name: 'Markera som klar' }).click();
    const dialog = page.getByRole('dialog', { name: 'Markera åtgärden som klar?' });
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'close dialog');
    await dialog.getByRole('button', { name: 'Ja, fortsätt' }).click();
    await page.locator('.tag--status-done').first().waitFor();
    await page.getByRole('button', { name: 'Återöppna' }).click();
    await page.locator('.tag--status-in-progress').first().waitFor();
    await page.close();
  });

  it('can be used with the keyboard only: sign in, find the item in the tree, open it, comment and sign out', async () => {
    const page = await freshPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await tabTo(page, 'E-postadress');
    await page.keyboard.type('samordnare.ag2@samverkan.example');
    await tabTo(page, 'Lösenord', 1);
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    // Sign-in lands on "Mitt arbete"; the tree is one link away in the navigation.
    await page.getByRole('heading', { level: 1, name: 'Mitt arbete' }).waitFor();
    await tabTo(page, 'Handlingsplanen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Handlingsplanen' }).waitFor();

    await tabTo(page, new RegExp(`^${ITEM}`));
    await page.keyboard.press('ArrowRight');
    await page.getByRole('row', { name: new RegExp(SUB_ITEM) }).waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toMatch(new RegExp(`^${SUB_ITEM}`));
    await page.keyboard.press('ArrowLeft');
    expect(await focusedText(page)).toMatch(new RegExp(`^${ITEM}`));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: ITEM }).waitFor();
    expect(await focusedText(page)).toBe(ITEM);

    await tabTo(page, 'Kommentar');
    await page.keyboard.type('Bra att risken syns tidigt. Vi tar upp tryckeriet på nästa möte.');
    await tabTo(page, 'Skicka kommentaren', 1);
    await page.keyboard.press('Enter');
    await page.getByText('Kommentaren är sparad.').waitFor();
    await page.getByRole('list', { name: 'Kommentarer' }).getByText(/tryckeriet på nästa möte/).waitFor();

    await page.keyboard.down('Shift');
    await tabTo(page, 'Meny för Elin Forsberg', 80);
    await page.keyboard.up('Shift');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Logga ut', 2);
    await page.keyboard.press('Enter');
    await page.getByText('Du är utloggad.').waitFor();
    await page.close();
  });
});
