/**
 * `npm run screenshots`: boots the seeded stack (as the journeys do), adds demo
 * work through GraphQL, signs in and saves a picture of the main pages into
 * docs/screenshots/ for the README. Not part of `npm test`.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Page } from 'playwright-core';
import { TestBrowser } from './support/browser';
import { DemoStack, DemoWork, startDemoStack } from './support/demo-work';
import { signIn } from './support/journey';
import { signOut } from './support/pages';
import { WebStack } from './support/web-stack';
import type { TestApi } from '@samverkan/testing';
import { ok } from '../plan/plan-fixture';

const OUT = resolve(__dirname, '..', '..', 'docs', 'screenshots');

describe('screenshots for the README', () => {
  let stack: WebStack;
  let browser: TestBrowser;
  let page: Page;
  let demo: DemoWork;
  let demoStack: DemoStack;

  beforeAll(async () => {
    demoStack = await startDemoStack();
    ({ stack, demo, browser } = demoStack);
    page = await browser.newPage();
    await mkdir(OUT, { recursive: true });
  }, 300_000);

  afterAll(() => demoStack?.close(), 60_000);

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

  it('saves the annual report pages: the year’s reports, a draft, a submitted version and the steering group’s review', async () => {
    const { draftId, reviewedId } = await addDemoReports(stack.api, demo);
    await signOut(page, 'Anna Hedlund');
    await signIn(page, 'samordnare.ag2@samverkan.example');
    await shoot('/rapporter?ar=2020', 'Rapporter för 2020', 'rapporter');
    await shoot(`/rapporter/${draftId}`, /årsrapport 2021/, 'rapport-utkast');
    await shoot(`/rapporter/${reviewedId}/versioner/2`, /version 2/, 'rapport-version');
    await signOut(page, 'Elin Forsberg');
    await signIn(page, 'styrgrupp.fk@samverkan.example');
    await shoot('/granskning', 'Granskning', 'granskning');
    await shoot(`/granskning/${reviewedId}`, /^Granska/, 'granskning-rapport');
    await signOut(page, 'Johan Ekström');
  });

  it('saves the administrator’s pages', async () => {
    await signIn(page, 'admin@samverkan.example');
    await shoot('/administration', 'Administration', 'administration');
    await shoot('/administration/personer', 'Personer', 'administration-personer');
    await shoot('/administration/paminnelser', 'Påminnelser', 'administration-paminnelser');
    // The log runs to thousands of pixels; its first screenful shows the chain check, the filters and the newest entries.
    await page.goto('/administration/granskningslogg');
    await page.getByRole('button', { name: 'Kontrollera kedjan' }).click();
    await page.getByText(/^Kedjan är hel/).waitFor();
    await page.screenshot({ path: join(OUT, 'administration-granskningslogg.png') });
  });
});

/**
 * Working group 2's reports as the screenshots show them: 2020 submitted, returned by the
 * steering group with a comment and submitted again (waiting for review), and 2021 a draft
 * with part of it written.
 */
async function addDemoReports(api: TestApi, demo: DemoWork): Promise<{ draftId: string; reviewedId: string }> {
  const call = async <T>(token: string, query: string, variables: Record<string, unknown>): Promise<T> => ok(await api.gql<T>(query, variables, token));
  const coordinator = await api.login('samordnare.ag2@samverkan.example');
  const steering = await api.login('styrgrupp.fk@samverkan.example');
  const { plan } = await call<{ plan: { developmentAreas: { id: string }[]; perspectives: { id: string }[] } }>(
    coordinator,
    'query ($id: ID!) { plan(id: $id) { developmentAreas { id } perspectives { id } } }',
    { id: demo.planId },
  );
  const create = async (year: number) =>
    (
      await call<{ createReport: { id: string } }>(coordinator, 'mutation ($input: CreateReportInput!) { createReport(input: $input) { id } }', {
        input: { planId: demo.planId, year, kind: 'WORKING_GROUP', groupId: demo.groupIds[2] },
      })
    ).createReport.id;
  const edit = (reportId: string, sections: Record<string, unknown>) =>
    call(coordinator, 'mutation ($input: EditReportInput!) { editReport(input: $input) { id } }', { input: { reportId, ...sections } });
  const submit = async (reportId: string) =>
    (await call<{ submitReport: { id: string } }>(coordinator, 'mutation ($id: ID!) { submitReport(id: $id) { id } }', { id: reportId })).submitReport.id;

  const reviewedId = await create(2020);
  const lastPerspective = plan.perspectives.length - 1;
  await edit(reviewedId, {
    registrationNumber: 'MV 2021/0417',
    summary: 'Gruppen träffades fem gånger och tog fram en webbsida om skydd och stöd samt informationsmaterial på lätt svenska.',
    workDone: plan.developmentAreas.slice(0, 2).map((area, index) => ({
      developmentAreaId: area.id,
      text: index === 0 ? 'Webbsidan om skydd och stöd publicerades i oktober.' : 'Materialet på lätt svenska översattes till fem språk.',
    })),
    results: 'Webbsidan hade omkring 4 000 besök under de tre första månaderna.',
    perspectives: plan.perspectives.map((perspective, index) => ({
      perspectiveId: perspective.id,
      notApplicable: index === lastPerspective,
      text: index === lastPerspective ? 'Ingår inte i gruppens uppdrag i år.' : 'Beaktat när materialet togs fram.',
    })),
    challenges: 'Det tar tid att få materialet granskat av alla fyra myndigheterna.',
    nextYearFocus: 'En kampanj riktad till personal med klientkontakt.',
  });
  const first = await submit(reviewedId);
  await call(steering, 'mutation ($input: ReturnReportInput!) { returnReport(input: $input) { id } }', {
    input: { versionId: first, comment: 'Ange hur många besök webbsidan hade per månad, och vilka språk materialet finns på.' },
  });
  await edit(reviewedId, {
    results: 'Webbsidan hade omkring 4 000 besök under de tre första månaderna: 900 i oktober, 1 400 i november och 1 700 i december.',
    workDone: plan.developmentAreas.slice(0, 2).map((area, index) => ({
      developmentAreaId: area.id,
      text: index === 0 ? 'Webbsidan om skydd och stöd publicerades i oktober.' : 'Materialet på lätt svenska översattes till arabiska, dari, persiska, somaliska och tigrinja.',
    })),
  });
  await submit(reviewedId);

  const draftId = await create(2021);
  await edit(draftId, { summary: 'Gruppen har under året arbetat med kampanjen riktad till personal.' });
  return { draftId, reviewedId };
}
