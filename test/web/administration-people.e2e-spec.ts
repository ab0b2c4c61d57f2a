/**
 * Administration of people in Chromium, against the real api and worker: the
 * administrator adds a person and makes them a member of working group 2; the
 * person chooses a password through the one-time link the worker e-mailed,
 * signs in and posts a check-in on a WG2 item; the link does not work twice;
 * deactivated, the person's session ends and they cannot sign in. A
 * coordinator sees no administration and is told who may. Every page visited
 * has zero axe violations (WCAG 2.1 A and AA).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { waitFor } from '../reminders/support/wait-for';
import { readableText } from '../worker/smtp-sink';
import { TestBrowser, expectNoAxeViolations, launchBrowser, screenshot } from './support/browser';
import { signIn, visit } from './support/journey';
import { languageProblems } from './support/pages';
import { WebStack, startWebStack } from './support/web-stack';

const ADMIN = 'admin@samverkan.example';
const COORDINATOR = 'samordnare.ag2@samverkan.example';
const NEW_PERSON = { name: 'Sara Lindqvist', email: 'sara.lindqvist@samverkan.example' };
const NEW_PASSWORD = 'ett-eget-langt-losenord-2021';
const ITEM_TITLE = 'Utbildning om våld i nära relationer för handläggare';
/** Every administration page the landing page links to. */
const ADMINISTRATION_PAGES = [
  '/administration/personer',
  '/administration/myndigheter',
  '/administration/grupper',
  '/administration/planer',
  '/administration/utvecklingsomraden',
  '/administration/perspektiv',
  '/administration/paminnelser',
  '/administration/kopiemottagare',
  '/administration/kopior',
  '/administration/api-nycklar',
  '/administration/granskningslogg',
];

describe('administration of people', () => {
  let stack: WebStack;
  let adminBrowser: TestBrowser;
  let personBrowser: TestBrowser;
  let admin: Page;
  let person: Page;
  let wg2Id: string;
  let itemId: string;
  let passwordLink: string;

  async function gql<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await stack.api.gql<T>(query, variables, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }

  /** The administrator finds the person this journey added, by e-mail, and opens their page. */
  async function openNewPersonPage(): Promise<void> {
    await admin.goto(`/administration/personer?sok=${encodeURIComponent(NEW_PERSON.email)}`);
    await admin.getByRole('link', { name: NEW_PERSON.name }).click();
  }

  async function checkPage(page: Page, what: string, language: 'sv' | 'en' = 'sv') {
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    expect(await languageProblems(page, language)).toEqual([]);
    await expectNoAxeViolations(page, what);
  }

  /** The text of the e-mail the worker wrote for `to` whose text matches, once it is there. */
  async function mailTo(to: string, matching: RegExp): Promise<string> {
    let found = '';
    await waitFor(`an e-mail to ${to}`, async () => {
      for (const file of await readdir(stack.mailDir)) {
        if (!file.endsWith('.eml')) continue;
        const text = readableText({ messageId: file, to: [to], raw: await readFile(join(stack.mailDir, file), 'utf8') });
        if (text.includes(`To: ${to}`) && matching.test(text)) found = text;
      }
      return found !== '';
    }, 30_000);
    return found;
  }

  beforeAll(async () => {
    stack = await startWebStack();
    const coordinator = await stack.api.login(COORDINATOR);
    const { plans } = await gql<{ plans: { id: string }[] }>(coordinator, '{ plans { id } }');
    const { plan, me } = await gql<{
      plan: { groups: { id: string; number: number; kind: string }[]; developmentAreas: { id: string }[] };
      me: { id: string; agency: { id: string } };
    }>(coordinator, 'query ($id: ID!) { plan(id: $id) { groups { id number kind } developmentAreas { id } } me { id agency { id } } }', { id: plans[0]!.id });
    wg2Id = plan.groups.find((group) => group.kind === 'WORKING' && group.number === 2)!.id;
    const { createActionItem } = await gql<{ createActionItem: { id: string } }>(
      coordinator,
      'mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }',
      {
        input: {
          title: ITEM_TITLE,
          groupId: wg2Id,
          developmentAreaId: plan.developmentAreas[0]!.id,
          leadAgencyId: me.agency.id,
          ownerId: me.id,
          startDate: '2021-02-01',
          dueDate: '2021-11-30',
          status: 'IN_PROGRESS',
        },
      },
    );
    itemId = createActionItem.id;
    adminBrowser = await launchBrowser(stack.origin);
    admin = await adminBrowser.newPage();
  }, 240_000);

  afterAll(async () => {
    await personBrowser?.close();
    await adminBrowser?.close();
    await stack?.close();
  }, 60_000);

  it('shows a coordinator no administration, and the "no access" page at an administration address', async () => {
    await signIn(admin, COORDINATOR);
    await admin.getByRole('heading', { level: 1, name: 'Mitt arbete' }).waitFor();
    const menu = admin.getByRole('navigation', { name: 'Huvudmeny' });
    await menu.getByRole('link', { name: 'Mitt arbete' }).waitFor();
    expect(await menu.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    await visit(admin, '/administration/personer', 'Du har inte behörighet');
    await admin.getByText('Det här får göras av: administratör.').waitFor();
    expect(await admin.getByRole('table').count()).toBe(0);
    // Every address under /administration, whoever's page it is.
    await visit(admin, '/administration/granskningslogg', 'Du har inte behörighet');
    await admin.context().clearCookies();
  });

  it('lets the administrator find every administration page and search for people', async () => {
    await signIn(admin, ADMIN);
    await admin.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Administration' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    const links = await admin.getByRole('main').getByRole('link').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual(ADMINISTRATION_PAGES);
    await checkPage(admin, 'the administration page');
    await screenshot(admin, 'administration');

    await admin.getByRole('link', { name: 'Personer' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Personer' }).waitFor();
    await admin.getByLabel('Sök på namn eller e-postadress').fill('SAMORDNARE.ag2');
    await admin.getByRole('button', { name: 'Sök' }).click();
    await admin.waitForURL((url) => url.searchParams.get('sok') === 'SAMORDNARE.ag2');
    await admin.getByText('1 person', { exact: true }).waitFor();
    await admin.getByRole('cell', { name: COORDINATOR }).waitFor();
    await checkPage(admin, 'people, searched');
    await screenshot(admin, 'administration-personer');
  });

  it('adds a person, makes them a member of working group 2 and sends them a password link', async () => {
    await admin.getByRole('link', { name: 'Lägg till person' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Lägg till person' }).waitFor();
    await checkPage(admin, 'the new-person form');
    // The API's refusal on the field: the address is taken.
    await admin.getByLabel('Namn', { exact: true }).fill(NEW_PERSON.name);
    await admin.getByLabel('E-postadress').fill(COORDINATOR);
    await admin.getByLabel('Myndighet', { exact: true }).selectOption({ label: 'Försäkringskassan (FK)' });
    await admin.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await admin.locator('#falt-email-error').getByText('E-postadressen används redan av en annan person.').waitFor();
    await checkPage(admin, 'the new-person form with an error');
    await admin.getByLabel('E-postadress').fill(NEW_PERSON.email);
    await admin.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await admin.getByRole('heading', { level: 1, name: NEW_PERSON.name }).waitFor();

    await admin.getByLabel('Grupp', { exact: true }).selectOption(wg2Id);
    await admin.getByLabel('Roll i gruppen').selectOption('MEMBER');
    await admin.getByRole('button', { name: 'Lägg till i gruppen' }).click();
    await admin.getByText('Personen är tillagd i gruppen och har fått ett e-postmeddelande om det.').waitFor();
    await admin.getByRole('button', { name: /^Ta bort från Arbetsgrupp 2/ }).waitFor();

    await admin.getByRole('button', { name: 'Skicka länk för att välja lösenord' }).click();
    await admin.getByText(`En länk har skickats till ${NEW_PERSON.email}.`, { exact: false }).waitFor();
    await checkPage(admin, "the person's page");
    await screenshot(admin, 'administration-person');

    const mail = await mailTo(NEW_PERSON.email, /nytt-losenord/);
    expect(mail).toContain('Länken kan användas en gång och gäller i 24 timmar');
    passwordLink = /\/nytt-losenord\?token=[A-Za-z0-9_-]+/.exec(mail)![0];
  });

  it('lets the person choose a password with the link, sign in and post a check-in in working group 2', async () => {
    personBrowser = await launchBrowser(stack.origin);
    person = await personBrowser.newPage();
    await visit(person, passwordLink, 'Välj lösenord');
    // The secret leaves the address bar at once, and a reload keeps the form.
    await person.waitForURL((url) => url.pathname === '/nytt-losenord' && url.search === '');
    await person.reload();
    await person.getByLabel('Nytt lösenord').waitFor();
    await person.getByLabel('Nytt lösenord').fill('kort');
    await person.getByRole('button', { name: 'Spara lösenordet' }).click();
    await person.locator('#falt-newPassword-error').waitFor();
    await checkPage(person, 'the password page with an error');
    await screenshot(person, 'nytt-losenord');
    await person.getByLabel('Nytt lösenord').fill(NEW_PASSWORD);
    await person.getByRole('button', { name: 'Spara lösenordet' }).click();
    await person.waitForURL(/\/logga-in/);
    await person.getByText('Ditt lösenord är sparat. Logga in med det.').waitFor();
    await checkPage(person, 'sign-in after choosing a password');

    await person.getByLabel('E-postadress').fill(NEW_PERSON.email);
    await person.getByLabel('Lösenord').fill(NEW_PASSWORD);
    await person.getByRole('button', { name: 'Logga in' }).click();
    await person.waitForURL((url) => url.pathname !== '/logga-in');
    await visit(person, `/atgarder/${itemId}`, ITEM_TITLE);
    await person.getByLabel('Vad har hänt sedan förra avstämningen?').fill('Första utbildningstillfället är bokat till maj.');
    await person.getByRole('button', { name: 'Spara avstämningen' }).click();
    await person.getByText('Avstämningen är sparad.').waitFor();
    await person.getByText('Första utbildningstillfället är bokat till maj.').waitFor();
    await checkPage(person, 'the item after the check-in');
  });

  it('does not take the link a second time', async () => {
    const again = await personBrowser.context.newPage();
    await visit(again, passwordLink, 'Välj lösenord');
    await again.getByLabel('Nytt lösenord').fill('ett-annat-langt-losenord-99');
    await again.getByRole('button', { name: 'Spara lösenordet' }).click();
    await again.getByText('Länken fungerar inte').waitFor();
    await checkPage(again, 'the password page with a used link');
    await again.close();
  });

  it("records what a supporting agency contributes to a group, and an agency's part in a plan", async () => {
    await admin.goto('/administration');
    await admin.getByRole('link', { name: 'Grupper' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Grupper' }).waitFor();
    await checkPage(admin, 'groups');
    await admin.getByRole('link', { name: 'Arbetsgrupp 2: Information' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Arbetsgrupp 2: Information' }).waitFor();
    await admin.getByLabel('Stödjande myndighet', { exact: true }).selectOption({ label: 'Socialstyrelsen (SOS)' });
    await admin.getByLabel('Vad myndigheten bidrar med').fill('Kunskapsstöd om bemötande');
    await admin.getByRole('button', { name: 'Spara stödet' }).click();
    await admin.getByText('Stödet är sparat.').waitFor();
    await admin.getByRole('definition').filter({ hasText: 'Kunskapsstöd om bemötande' }).waitFor();
    await checkPage(admin, 'a group');
    await screenshot(admin, 'administration-grupp');
    await admin.getByRole('button', { name: 'Ta bort Socialstyrelsen (SOS) som stödjande myndighet' }).click();
    await admin.getByText('Myndigheten stödjer inte längre gruppen.').waitFor();
    await admin.getByText('Ingen myndighet stödjer gruppen ännu.').waitFor();
    await checkPage(admin, 'a group after a supporting agency left');

    // A required field left empty is said on the field, and nothing is sent.
    await admin.getByLabel('Namn', { exact: true }).fill('');
    await admin.getByRole('button', { name: 'Spara uppgifter' }).click();
    await admin.locator('#falt-name-error').waitFor();
    await checkPage(admin, 'a group with an error');

    await admin.goto('/administration/planer');
    await admin.getByRole('heading', { level: 1, name: 'Planer' }).waitFor();
    await checkPage(admin, 'plans');
    await admin.getByRole('main').getByRole('link').nth(1).click();
    await admin.getByRole('heading', { level: 2, name: /^Uppgifter om / }).waitFor();
    // The API's refusal on the field: the period ends before it starts.
    await admin.getByLabel('Periodens sista dag').fill('2018-01-01');
    await admin.getByRole('button', { name: 'Spara uppgifter' }).click();
    await admin.locator('#falt-periodEnd-error, .error-summary').first().waitFor();
    await checkPage(admin, 'a plan with an error');
    await admin.reload();
    await admin.getByLabel('Myndighet', { exact: true }).selectOption({ label: 'Socialstyrelsen (SOS)' });
    await admin.getByLabel('Roll i planen').selectOption('PARTNER');
    await admin.getByLabel('Ansvar', { exact: true }).fill('Nationellt kunskapsstöd');
    await admin.getByRole('button', { name: 'Spara myndigheten' }).click();
    await admin.getByText('Myndighetens deltagande är sparat.').waitFor();
    await admin.getByRole('row').filter({ hasText: 'Nationellt kunskapsstöd' }).getByText('Annan samverkanspart').waitFor();
    await checkPage(admin, 'a plan');
    await screenshot(admin, 'administration-plan');
    // An agency that leads items and coordinates a group cannot leave the plan: the API says why, and it stays.
    await admin.getByRole('button', { name: 'Ta bort Försäkringskassan (FK) ur planen' }).click();
    await admin.getByRole('alert').getByText(/Myndigheten kan inte lämna planen så länge den leder eller deltar i åtgärder/).waitFor();
    await admin.getByRole('row').filter({ hasText: 'Försäkringskassan (FK)' }).waitFor();
    await checkPage(admin, 'a plan with a refused removal');

    await visit(admin, '/administration/grupper/ny', 'Lägg till grupp');
    await visit(admin, '/administration/planer/ny', 'Lägg till plan');
  });

  it('adds an agency, a development area with sub-topics and a perspective', async () => {
    await visit(admin, '/administration/myndigheter', 'Myndigheter');
    await admin.getByRole('link', { name: 'Lägg till myndighet' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Lägg till myndighet' }).waitFor();
    await admin.getByLabel('Kortnamn').fill('FK');
    await admin.getByLabel('Namn på svenska').fill('Brottsoffermyndigheten');
    await admin.getByLabel('Namn på engelska').fill('Crime Victim Authority');
    await admin.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await admin.locator('#falt-code-error').getByText('Det finns redan en myndighet med det kortnamnet.').waitFor();
    await checkPage(admin, 'the new-agency form with an error');
    await admin.getByLabel('Kortnamn').fill('BROM');
    await admin.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await admin.getByRole('heading', { level: 1, name: 'Myndigheter' }).waitFor();
    await admin.getByRole('link', { name: 'Brottsoffermyndigheten' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Brottsoffermyndigheten (BROM)' }).waitFor();
    await admin.getByLabel('Funktionsbrevlåda').fill('registrator@brom.example');
    await admin.getByRole('button', { name: 'Spara uppgifter' }).click();
    await admin.getByText('Myndighetens uppgifter är sparade.').waitFor();
    await checkPage(admin, 'an agency');

    await visit(admin, '/administration/utvecklingsomraden', 'Utvecklingsområden');
    await admin.getByLabel('Nummer').fill('9');
    await admin.getByLabel('Rubrik').fill('Uppföljning och lärande');
    await admin.getByLabel('Delområden').fill('Gemensamma indikatorer\nErfarenhetsutbyte');
    await admin.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await admin.getByText('Utvecklingsområdet är tillagt.').waitFor();
    await admin.getByRole('link', { name: '9. Uppföljning och lärande' }).click();
    await admin.getByRole('heading', { level: 1, name: '9. Uppföljning och lärande' }).waitFor();
    expect(await admin.getByLabel('Delområden').inputValue()).toBe('Gemensamma indikatorer\nErfarenhetsutbyte');
    await admin.getByLabel('Delområden').fill('Erfarenhetsutbyte\nGemensamma indikatorer\nUtvärdering');
    await admin.getByRole('button', { name: 'Spara', exact: true }).click();
    await admin.getByText('Utvecklingsområdet är sparat.').waitFor();
    await checkPage(admin, 'a development area');
    await admin.getByRole('link', { name: 'Utvecklingsområden' }).first().click();
    await admin.getByRole('listitem').filter({ hasText: 'Utvärdering' }).first().waitFor();
    await screenshot(admin, 'administration-utvecklingsomraden');

    await visit(admin, '/administration/perspektiv', 'Perspektiv');
    await admin.getByLabel('Kod').fill('ALDRE');
    await admin.getByLabel('Namn', { exact: true }).fill('Äldre personers perspektiv');
    await admin.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await admin.getByText('Perspektivet är tillagt.').waitFor();
    await checkPage(admin, 'perspectives');
    await admin.getByRole('link', { name: 'Äldre personers perspektiv (ALDRE)' }).first().click();
    await admin.getByRole('heading', { level: 1, name: 'Äldre personers perspektiv (ALDRE)' }).waitFor();
    await admin.getByLabel('Namn', { exact: true }).fill('Äldre personer');
    await admin.getByLabel('Beskrivning').fill('Våld mot äldre, också från vuxna barn.');
    await admin.getByRole('button', { name: 'Spara perspektivet' }).click();
    await admin.getByText('Perspektivet är sparat.').waitFor();
    await checkPage(admin, 'a perspective');
    await admin.getByRole('link', { name: 'Perspektiv', exact: true }).first().click();
    await admin.getByRole('link', { name: 'Äldre personer (ALDRE)' }).first().waitFor();
    await admin.getByText('Våld mot äldre, också från vuxna barn.').first().waitFor();

    // An agency nothing in the plan names may leave it.
    await visit(admin, '/administration/planer', 'Planer');
    await admin.getByRole('main').getByRole('link').nth(1).click();
    await admin.getByRole('heading', { level: 2, name: /^Uppgifter om / }).waitFor();
    await admin.getByLabel('Myndighet', { exact: true }).selectOption({ label: 'Brottsoffermyndigheten (BROM)' });
    await admin.getByRole('button', { name: 'Spara myndigheten' }).click();
    await admin.getByText('Myndighetens deltagande är sparat.').waitFor();
    await admin.getByRole('button', { name: 'Ta bort Brottsoffermyndigheten (BROM) ur planen' }).click();
    await admin.getByText('Myndigheten deltar inte längre i planen.').waitFor();
    await admin.getByRole('row').filter({ hasText: 'Brottsoffermyndigheten (BROM)' }).waitFor({ state: 'detached' });
  });

  it('ends the session of a deactivated person, who then cannot sign in', async () => {
    await openNewPersonPage();
    await admin.getByRole('button', { name: 'Avaktivera' }).click();
    await admin.getByText('Personen är avaktiverad och har loggats ut.').waitFor();
    await admin.getByRole('button', { name: 'Aktivera igen' }).waitFor();
    await checkPage(admin, 'a deactivated person');

    await person.reload();
    await person.waitForURL(/\/logga-in/);
    await person.getByLabel('E-postadress').fill(NEW_PERSON.email);
    await person.getByLabel('Lösenord').fill(NEW_PASSWORD);
    await person.getByRole('button', { name: 'Logga in' }).click();
    await person.getByText('E-postadressen eller lösenordet stämmer inte.').first().waitFor();
    expect(new URL(person.url()).pathname).toBe('/logga-in');
  });

  it('has every administration page in English, with no Swedish text and no raw key', async () => {
    await admin.getByRole('button', { name: /English/ }).click();
    await admin.getByRole('heading', { level: 2, name: 'Sign-in' }).waitFor();
    await checkPage(admin, "a deactivated person's page in English", 'en');
    const [{ id: perspectiveId }] = await stack.api.dataSource.query(`SELECT id FROM perspectives WHERE code = 'ALDRE'`);
    for (const [path, heading] of [
      ['/administration', 'Administration'],
      ['/administration/personer', 'People'],
      ['/administration/personer/ny', 'Add a person'],
      ['/administration/myndigheter', 'Agencies'],
      ['/administration/grupper', 'Groups'],
      ['/administration/grupper/ny', 'Add a group'],
      ['/administration/planer', 'Plans'],
      ['/administration/planer/ny', 'Add a plan'],
      ['/administration/utvecklingsomraden', 'Development areas'],
      [`/administration/perspektiv/${perspectiveId}`, 'Äldre personer (ALDRE)'],
      ['/administration/perspektiv', 'Perspectives'],
    ]) {
      await admin.goto(path);
      await admin.getByRole('heading', { level: 1, name: heading }).waitFor();
      await checkPage(admin, `${path} in English`, 'en');
    }
    await admin.getByRole('button', { name: /Svenska/ }).click();
    await admin.getByRole('heading', { level: 1, name: 'Perspektiv' }).waitFor();
  });

  it('lets a deactivated person sign in again once reactivated', async () => {
    await openNewPersonPage();
    await admin.getByRole('button', { name: 'Aktivera igen' }).click();
    await admin.getByText('Personen kan logga in igen.').waitFor();
    await admin.getByRole('button', { name: 'Avaktivera' }).waitFor();
    await checkPage(admin, 'a reactivated person');

    await signIn(person, NEW_PERSON.email, '/', NEW_PASSWORD);
    await person.getByRole('heading', { level: 1, name: 'Mitt arbete' }).waitFor();
  });
});
