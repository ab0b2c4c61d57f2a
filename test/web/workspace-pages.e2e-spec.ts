/**
 * The workspace's own pages in Chromium, against the real api and worker:
 * a WG2 member marks an item at risk and the steering group sees it in "my
 * work" and the overview; the WG2 coordinator records a meeting whose decision
 * creates a follow-up item; revisions, notifications and settings; the
 * language switch leaves no Swedish text and no raw key in English and comes
 * back. Every page visited has zero axe violations (WCAG 2.1 A and AA).
 */
import { Page } from 'playwright-core';
import { TestBrowser, expectNoAxeViolations, launchBrowser, screenshot } from './support/browser';
import { signIn } from './support/journey';
import { languageProblems, signOut } from './support/pages';
import { WebStack, startWebStack } from './support/web-stack';

const COORDINATOR = 'samordnare.ag2@samverkan.example';
const MEMBER = 'medlem.ag2.fk@samverkan.example';
/** A steering-group member from the coordinator's agency, who owns the item here. */
const STEERING = 'styrgrupp.mv@samverkan.example';
const STEERING_NAME = 'Leila Haddad';
const COORDINATOR_NAME = 'Elin Forsberg';
const ITEM_TITLE = 'Kampanj mot ekonomiskt våld i nära relationer';

describe('the workspace pages', () => {
  let stack: WebStack;
  let browser: TestBrowser;
  let page: Page;
  let planId: string;
  let wg2Id: string;
  let itemId: string;

  async function gql<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await stack.api.gql<T>(query, variables, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }

  /** Checks the page's language and its accessibility, in the language it is in now. */
  async function checkPage(what: string, language: 'sv' | 'en' = 'sv') {
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    expect(await languageProblems(page, language)).toEqual([]);
    await expectNoAxeViolations(page, what);
  }

  beforeAll(async () => {
    stack = await startWebStack();
    const coordinator = await stack.api.login(COORDINATOR);
    const member = await stack.api.login(MEMBER);
    const steering = await stack.api.login(STEERING);
    const { plans } = await gql<{ plans: { id: string }[] }>(coordinator, '{ plans { id } }');
    planId = plans[0]!.id;
    const { plan } = await gql<{
      plan: { groups: { id: string; number: number; kind: string }[]; developmentAreas: { id: string }[]; agencies: { agency: { id: string; code: string } }[] };
    }>(coordinator, 'query ($id: ID!) { plan(id: $id) { groups { id number kind } developmentAreas { id } agencies { agency { id code } } } }', { id: planId });
    wg2Id = plan.groups.find((group) => group.kind === 'WORKING' && group.number === 2)!.id;
    const { me } = await gql<{ me: { id: string } }>(steering, '{ me { id } }');
    // An item's owner must belong to its working group: the steering-group member joins WG2 to own one.
    const admin = await stack.api.login('admin@samverkan.example');
    await gql(admin, 'mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }', {
      input: { groupId: wg2Id, userId: me.id, role: 'MEMBER' },
    });
    const { createActionItem } = await gql<{ createActionItem: { id: string } }>(
      coordinator,
      'mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }',
      {
        input: {
          title: ITEM_TITLE,
          groupId: wg2Id,
          developmentAreaId: plan.developmentAreas[0]!.id,
          leadAgencyId: plan.agencies.find(({ agency }) => agency.code === 'MV')!.agency.id,
          ownerId: me.id,
          startDate: '2021-03-01',
          dueDate: '2021-12-15',
          status: 'IN_PROGRESS',
        },
      },
    );
    itemId = createActionItem.id;
    await gql(member, 'mutation ($input: PostCheckInInput!) { postCheckIn(input: $input) { id } }', {
      input: { itemId, narrative: 'Materialet är försenat: tryckeriet har inte levererat.', health: 'AT_RISK', progress: 30 },
    });
    // Two unread notifications for the steering member about the item (the way reminders are stored).
    for (const [index, title] of ['Åtgärden har en risk', 'Påminnelse om åtgärden'].entries()) {
      await stack.api.dataSource.query(
        `INSERT INTO notifications (recipient_id, title, body, subject_type, subject_id, due_date, source_key, delivery)
         VALUES ($1, $2, 'Se åtgärden.', 'ACTION_ITEM', $3, '2021-12-15', $4, 'IN_APP')`,
        [me.id, title, itemId, `web-journey-${index}`],
      );
    }
    browser = await launchBrowser(stack.origin);
    page = await browser.newPage();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  }, 60_000);

  it('shows the steering-group member the item at risk in "my work", linking to the item', async () => {
    await signIn(page, STEERING);
    await page.getByRole('heading', { level: 1, name: 'Mitt arbete' }).waitFor();
    const attention = page.getByRole('region', { name: 'Åtgärder som behöver dig' });
    const row = attention.getByRole('row').filter({ hasText: ITEM_TITLE });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(1).textContent()).toContain('Risk');
    expect(await row.getByRole('link', { name: ITEM_TITLE }).getAttribute('href')).toBe(`/atgarder/${itemId}`);
    await page.getByRole('region', { name: /Olästa aviseringar \(2\)/ }).getByRole('link', { name: 'Påminnelse om åtgärden' }).waitFor();
    await checkPage('my work');
    await screenshot(page, 'mitt-arbete');
  });

  it('shows the risk in the overview, with the chart’s numbers in a table and filters kept in the address', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();
    await page.getByRole('heading', { level: 1, name: /Översikt/ }).waitFor();
    const risks = page.getByRole('region', { name: 'Äldsta öppna risker' });
    await risks.getByRole('link', { name: ITEM_TITLE }).waitFor();
    const table = page.getByRole('table', { name: 'Antal åtgärder per status och arbetsgrupp' });
    for (const group of [1, 2, 3]) await table.getByRole('rowheader', { name: new RegExp(`^Arbetsgrupp ${group}:`) }).waitFor();
    const byGroup = page.getByRole('region', { name: 'Per arbetsgrupp', exact: true });
    const wg2Row = byGroup.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Arbetsgrupp 2:/ }) });
    const atRiskCell = await wg2Row.getByRole('cell').last().textContent();
    expect(Number(atRiskCell!.split('/')[0]!.trim())).toBeGreaterThanOrEqual(1);
    await checkPage('overview');
    await screenshot(page, 'oversikt');

    await page.getByLabel('Arbetsgrupp', { exact: true }).selectOption(wg2Id);
    await page.waitForURL((url) => url.searchParams.get('grupp') === wg2Id);
    // A shared address: the year and the group from the address.
    await page.goto(`/plan/${planId}/oversikt?ar=2021&grupp=${wg2Id}`);
    await page.getByRole('heading', { level: 2, name: 'Hela planen 2021' }).waitFor();
    expect(await page.getByLabel('Arbetsgrupp', { exact: true }).inputValue()).toBe(wg2Id);
    expect(await page.getByLabel('År', { exact: true }).inputValue()).toBe('2021');
    await risks.getByRole('link', { name: ITEM_TITLE }).waitFor();
    // The group from the address narrows the per-group table to that group (a header row and its row).
    expect(await byGroup.getByRole('rowheader').allTextContents()).toEqual([expect.stringMatching(/^Arbetsgrupp 2:/)]);
    const xlsx = await page.getByRole('link', { name: /Excel/ }).getAttribute('href');
    expect(xlsx).toBe(`/exports/plan-overview.xlsx?planId=${planId}&year=2021`);
    const download = await page.request.get(xlsx!);
    expect(download.status()).toBe(200);
    await checkPage('overview, filtered');

    // Another year: into the address, and the figures follow (the item runs March to December 2021, so not in 2020).
    await page.getByLabel('År', { exact: true }).selectOption('2020');
    await page.waitForURL((url) => url.searchParams.get('ar') === '2020' && url.searchParams.get('grupp') === wg2Id);
    await page.getByRole('heading', { level: 2, name: 'Hela planen 2020' }).waitFor();
    await risks.getByRole('link', { name: ITEM_TITLE }).waitFor({ state: 'detached' });
    expect(await page.getByRole('link', { name: /Excel/ }).getAttribute('href')).toBe(`/exports/plan-overview.xlsx?planId=${planId}&year=2020`);
    expect(await byGroup.getByRole('rowheader').allTextContents()).toEqual([expect.stringMatching(/^Arbetsgrupp 2:/)]);
  });

  it('turns every text into English and back, with no key shown raw', async () => {
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Overview/ }).waitFor();
    await checkPage('overview in English', 'en');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'My work' }).click();
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    await page.getByRole('region', { name: 'Items that need you' }).getByRole('link', { name: ITEM_TITLE }).waitFor();
    await checkPage('my work in English', 'en');
    await page.goto('/aviseringar');
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await checkPage('notifications in English', 'en');
    await page.goto('/installningar');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await checkPage('settings in English', 'en');
    await page.goto(`/plan/${planId}/revisioner`);
    await page.getByRole('heading', { level: 1, name: 'Revisions of the plan' }).waitFor();
    await checkPage('revisions in English', 'en');
    await page.getByRole('button', { name: /Svenska/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Planens revisioner' }).waitFor();
    await checkPage('revisions in Swedish again');
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Mitt arbete' }).waitFor();
    await checkPage('my work in Swedish again');
  });

  it('lists notifications, marks one and then all read, and the count in the header follows', async () => {
    await page.getByRole('link', { name: /Aviseringar, 2 olästa/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Aviseringar' }).waitFor();
    await checkPage('notifications');
    await page.getByRole('button', { name: /^Markera som läst\W+Påminnelse om åtgärden$/ }).click();
    await page.getByRole('link', { name: /Aviseringar, 1 oläst$/ }).waitFor();
    await page.getByRole('button', { name: 'Markera alla som lästa' }).click();
    await page.getByText('1 avisering markerades som läst.').waitFor();
    await page.locator('.count-badge').waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Påminnelse om åtgärden' }).click();
    await page.waitForURL((url) => url.pathname === `/atgarder/${itemId}`);
  });

  it('saves the language and notification choice in the settings, and shows the calendar address', async () => {
    await page.goto('/installningar');
    await page.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor();
    const feed = await page.getByLabel('Adress till din kalender').inputValue();
    expect(feed).toMatch(new RegExp(`/calendar/.+\\.ics$`));
    await page.getByRole('button', { name: 'Skapa en ny adress' }).click();
    await page.getByText('En ny adress är skapad. Den gamla fungerar inte längre.').waitFor();
    expect(await page.getByLabel('Adress till din kalender').inputValue()).not.toBe(feed);
    await page.getByLabel('Med en sammanfattning per e-post en gång om dagen').check();
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Ditt val för aviseringar är sparat.').waitFor();
    await page.getByLabel('Nuvarande lösenord').fill('not-the-password');
    await page.getByLabel('Nytt lösenord').fill('ett-nytt-langt-losenord-2021');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await page.getByRole('alert').getByText('Det gick inte att spara').waitFor();
    await checkPage('settings with a refused password');
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('button', { name: 'Spara språk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    const { me } = await gql<{ me: { language: string } }>(await stack.api.login(STEERING), '{ me { language } }');
    expect(me.language).toBe('EN');
    await page.getByRole('radio', { name: 'Svenska' }).check();
    await page.getByRole('button', { name: 'Save language' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor();
  });

  it('lets the steering group record a revision and read the plan as it was', async () => {
    await page.goto(`/plan/${planId}/revisioner`);
    await page.getByRole('heading', { level: 1, name: 'Planens revisioner' }).waitFor();
    await page.getByLabel('Vad som ändrades').fill('Ny åtgärd om ekonomiskt våld i arbetsgrupp 2.');
    await page.getByLabel('Varför').fill('Styrgruppens beslut 2021-11-15.');
    await page.getByLabel('Gäller från').fill('2021-11-15');
    await page.getByRole('button', { name: 'Spara revisionen' }).click();
    await page.getByText(/^Revision \d+ är sparad\.$/).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Ny åtgärd om ekonomiskt våld i arbetsgrupp 2.' });
    await checkPage('revisions');
    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /^Planen vid revision \d+$/ }).waitFor();
    await page.getByRole('cell', { name: ITEM_TITLE }).waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    await checkPage('the plan at a revision');
    await signOut(page, STEERING_NAME);
  });

  it('lets the WG2 coordinator record a meeting whose decision creates a follow-up item, shown on the meeting’s page', async () => {
    await signIn(page, COORDINATOR, `/plan/${planId}/revisioner`);
    await page.getByRole('heading', { level: 1, name: 'Planens revisioner' }).waitFor();
    expect(await page.getByRole('button', { name: 'Spara revisionen' }).count()).toBe(0);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Möten – arbetsgrupp 2' }).click();
    await page.getByRole('heading', { level: 1, name: /^Möten – Arbetsgrupp 2/ }).waitFor();
    await checkPage('meetings of WG2');
    await page.getByRole('link', { name: 'Anteckna ett möte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anteckna ett möte' }).waitFor();
    await page.getByLabel('Rubrik').fill('Arbetsgruppsmöte november');
    await page.getByLabel('Datum').fill('2021-11-16');
    await page.getByLabel('Nils Berglund').check();
    await page.getByLabel('Hanna Lund').check();
    await page.getByLabel('Anteckningar').fill('Kampanjen är försenad. Vi gick igenom tryckeriets nya tidplan.');
    await page.getByRole('button', { name: 'Lägg till ett beslut' }).click();
    await page.getByLabel('Vad beslutades').fill('Ta fram en digital version av materialet.');
    await page.getByLabel('Beslutet skapar en uppföljande åtgärd').check();
    await page.getByLabel('Åtgärdens rubrik').fill('Digital version av kampanjmaterialet');
    await page.getByLabel('Ansvarig person').selectOption({ label: 'Hanna Lund' });
    await page.getByLabel('Utvecklingsområde').selectOption({ index: 1 });
    await page.getByLabel('Slutdatum').fill('2021-12-20');
    await checkPage('recording a meeting');
    await page.getByRole('button', { name: 'Spara mötet' }).click();
    await page.waitForURL(/\/moten\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: 'Arbetsgruppsmöte november' }).waitFor();
    const decisions = page.getByRole('region', { name: 'Beslut' });
    await decisions.getByText('Ta fram en digital version av materialet.').waitFor();
    const followUp = decisions.getByRole('link', { name: 'Digital version av kampanjmaterialet' });
    expect(await followUp.getAttribute('href')).toMatch(/^\/atgarder\/[0-9a-f-]+$/);
    expect(await page.getByText('Nils Berglund (AF), Hanna Lund (FK)').count()).toBe(1);
    await checkPage('a meeting');
    await screenshot(page, 'mote');
    await page.getByRole('link', { name: /^Alla möten i Arbetsgrupp 2/ }).click();
    await page.getByRole('link', { name: 'Arbetsgruppsmöte november' }).waitFor();
  });

  it('refuses the follow-up item on the form when a member who is not the coordinator records the meeting', async () => {
    await signOut(page, COORDINATOR_NAME);
    await signIn(page, MEMBER, `/grupper/${wg2Id}/moten/nytt`);
    await page.getByRole('heading', { level: 1, name: 'Anteckna ett möte' }).waitFor();
    await page.getByLabel('Rubrik').fill('Avstämning');
    await page.getByLabel('Datum').fill('2021-11-20');
    await page.getByRole('button', { name: 'Lägg till ett beslut' }).click();
    await page.getByLabel('Vad beslutades').fill('Skapa en åtgärd.');
    await page.getByLabel('Beslutet skapar en uppföljande åtgärd').check();
    await page.getByLabel('Åtgärdens rubrik').fill('Ny åtgärd');
    await page.getByRole('button', { name: 'Spara mötet' }).click();
    await page.getByRole('alert').getByText('Det gick inte att spara').waitFor();
    expect(page.url()).toContain('/moten/nytt');
    await checkPage('a refused meeting');
  });
});
