/**
 * Myndighetens mål in Chromium, against the real api, worker, PostgreSQL and
 * Redis, with axe on every page visited (zero violations). The seeded
 * 2019–2021 plan holds FK's goals from its final report: an FK representative
 * records "1,300 of 2,800" for 2021 (the training indicator is a RATIO, so
 * 1,300 is the numerator and 2,800 the denominator), corrects it with a
 * reason (the API's refusal without one shown on the field), assesses one
 * goal "delvis uppfyllt" and another "inte bedömbart" (refused first without
 * a justification), and sees the chart and its table change; an AF
 * representative reads FK's goals with no forms, and the API refuses when forced.
 */
import { Page } from 'playwright-core';
import { TestBrowser, expectNoAxeViolations, launchBrowser, screenshot } from './support/browser';
import { gqlFromPage, signIn } from './support/journey';
import { languageProblems } from './support/pages';
import { WebStack, startWebStack } from './support/web-stack';

const SICKNESS_GOAL = 'Sjukpenning och rehabilitering: fråga om våld';
const TRAINED = 'Utbildade personliga handläggare inom sjukförsäkringen';
const ACTIVITY_GOAL = 'Aktivitetsersättning: fråga vid indikation';
const MAINTENANCE_GOAL = 'Underhållsstöd: kunskap och rutinfrågor';
const KNOWS_HOW = 'Medarbetare som uppger att de vet hur de ska agera när någon lever med våld';
/** sv-SE groups digits and sets "%" apart with no-break spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

describe('Myndighetens mål in the web workspace', () => {
  let stack: WebStack;
  let browser: TestBrowser;
  let sicknessGoalPath: string;

  beforeAll(async () => {
    stack = await startWebStack();
    browser = await launchBrowser(stack.origin);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  }, 60_000);

  async function freshPage(): Promise<Page> {
    await browser.context.clearCookies();
    return browser.newPage();
  }

  /** The cells of the row for a year in the table beside an indicator's chart. */
  async function chartRow(page: Page, indicator: string, year: number): Promise<string[]> {
    const table = page.getByRole('article', { name: indicator }).getByRole('table', { name: `${indicator}: värde per år, utgångsvärde och mål` });
    const row = table.getByRole('row', { name: new RegExp(`^${year}`) });
    return (await row.getByRole('cell').allTextContents()).map(plain);
  }

  /** How many measured points the chart draws (it is hidden from assistive technology, so counted in the SVG). */
  function chartPoints(page: Page, indicator: string): Promise<number> {
    return page.getByRole('article', { name: indicator }).locator('.indicator-chart .recharts-line-dots circle').count();
  }

  it("lets FK's representative record 1,300 of 2,800 for 2021 and correct it with a reason, changing the chart and its table", async () => {
    const page = await freshPage();
    await signIn(page, 'representant.fk@samverkan.example');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Myndighetens mål' }).click();
    await page.getByRole('heading', { level: 1, name: /Myndighetens mål/ }).waitFor();
    expect(await page.getByLabel('Myndighet').locator('option:checked').textContent()).toBe('Försäkringskassan');
    // The API's followUpDue: the 2021 figure of the training indicator is missing.
    const lacking = page.getByRole('region', { name: 'Det här saknas i uppföljningen för 2021' });
    await lacking.getByText(`Mätning för 2021: ${TRAINED}`).waitFor();
    await expectNoAxeViolations(page, 'goals of FK');
    await screenshot(page, 'mal');

    await page.getByRole('table', { name: 'Mål för Försäkringskassan' }).getByRole('link', { name: SICKNESS_GOAL }).click();
    await page.getByRole('heading', { level: 1, name: SICKNESS_GOAL }).waitFor();
    sicknessGoalPath = new URL(page.url()).pathname;
    const indicator = page.getByRole('article', { name: TRAINED });
    await indicator.getByText('Kvot (antal av totalt)').waitFor();
    expect(await chartRow(page, TRAINED, 2019)).toEqual(['1 300 av 2 800 (46 %)']);
    expect(await chartRow(page, TRAINED, 2021)).toEqual(['Ingen mätning']);
    expect(await chartPoints(page, TRAINED)).toBe(1);
    await page.getByRole('region', { name: 'Det här saknas i uppföljningen för 2021' }).getByText(`Mätning för 2021: ${TRAINED}`).waitFor();
    await expectNoAxeViolations(page, 'goal page');

    await indicator.getByText('Registrera en mätning').click();
    const record = indicator.locator('form').first();
    await record.getByLabel('År').selectOption('2021');
    await record.getByLabel('Antal').fill('1300');
    await record.getByLabel('Av totalt').fill('2 800');
    await expectNoAxeViolations(page, 'record form');
    await record.getByRole('button', { name: 'Spara mätningen' }).click();
    await page.getByRole('status').getByText(`Mätningen för 2021 är sparad: ${TRAINED}.`).waitFor();
    expect(await chartRow(page, TRAINED, 2021)).toEqual(['1 300 av 2 800 (46 %)']);
    expect(await chartPoints(page, TRAINED)).toBe(2);
    await page.getByText('Uppföljningen för 2021 är komplett: alla indikatorer har en mätning och målet är bedömt.').waitFor();
    const [stored] = await stack.api.dataSource.query(
      `SELECT m.numerator, m.denominator, m.value FROM indicator_measurements m JOIN goal_indicators i ON i.id = m.indicator_id WHERE i.name = $1 AND m.year = 2021`,
      [TRAINED],
    );
    expect(stored).toMatchObject({ numerator: 1300, denominator: 2800 });
    expect(stored.value).toBeCloseTo(1300 / 2800, 10);

    // A correction without a reason: the API refuses, on the reason field, and nothing is written.
    await indicator.getByText('Rätta en mätning').click();
    const correct = indicator.locator('form').nth(1);
    // The latest figure is the one offered first.
    expect(plain(await correct.getByLabel('Mätning som ska rättas').locator('option:checked').textContent())).toBe('2021: 1 300 av 2 800 (46 %)');
    await correct.getByLabel('Antal').fill('1400');
    await correct.getByRole('button', { name: 'Spara rättelsen' }).click();
    await correct.getByRole('alert').getByRole('link', { name: 'Skäl till rättelsen: Skriv varför mätningen rättas.' }).waitFor();
    expect(await correct.getByLabel('Skäl till rättelsen').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'correction refused');
    const [{ count: corrections }] = await stack.api.dataSource.query(`SELECT count(*)::int AS count FROM indicator_measurements WHERE supersedes_id IS NOT NULL`);
    expect(corrections).toBe(0);

    await correct.getByLabel('Skäl till rättelsen').fill('Omräknat: 100 utbildade saknades i första underlaget.');
    await correct.getByRole('button', { name: 'Spara rättelsen' }).click();
    await page.getByRole('status').getByText(`Rättelsen för 2021 är sparad: ${TRAINED}.`).waitFor();
    expect(await chartRow(page, TRAINED, 2021)).toEqual(['1 400 av 2 800 (50 %)']);
    expect(await chartPoints(page, TRAINED)).toBe(2);
    // The replaced figure stays in the history, struck through and said to be replaced, with the reason.
    const history = indicator.getByRole('table', { name: `Mätningar av ${TRAINED}, även ersatta` });
    const replaced = history.locator('tr.superseded');
    expect(plain(await replaced.locator('del').textContent())).toBe('1 300 av 2 800 (46 %)');
    await replaced.getByText('Ersatt', { exact: true }).waitFor();
    await replaced.getByText('Ersatt av en rättelse. Skäl: Omräknat: 100 utbildade saknades i första underlaget.').waitFor();
    await expectNoAxeViolations(page, 'goal page after a correction');
    await screenshot(page, 'mal-sida');
    await page.setViewportSize({ width: 320, height: 900 });
    await expectNoAxeViolations(page, 'goal page at 320 px');
    await screenshot(page, 'mal-sida-320');
    await page.close();
  });

  it('lets FK assess one goal "delvis uppfyllt" and another "inte bedömbart", refused first without a justification', async () => {
    const page = await freshPage();
    await signIn(page, 'representant.fk@samverkan.example', sicknessGoalPath);
    await page.getByRole('heading', { level: 1, name: SICKNESS_GOAL }).waitFor();
    const form = page.getByRole('form', { name: 'Bedöm målet för 2021' });
    await form.getByRole('radio', { name: 'Delvis uppfyllt' }).check();
    await form.getByLabel('Motivering').fill('Hälften av handläggarna är utbildade; alla frågar ännu inte rutinmässigt.');
    await form.getByRole('button', { name: 'Spara bedömningen' }).click();
    await page.getByRole('status').getByText('Bedömningen för 2021 är sparad.').waitFor();
    const assessed = page.getByRole('table', { name: `Bedömningar av målet ${SICKNESS_GOAL} per år` }).getByRole('row', { name: /^2021/ });
    await assessed.getByText('Hälften av handläggarna är utbildade; alla frågar ännu inte rutinmässigt.').waitFor();
    expect(await assessed.getByRole('cell').first().textContent()).toBe('Delvis uppfyllt');

    // The other goal, for 2020: its follow-up lacks the assessment until it is made.
    await page.getByRole('link', { name: 'Till målen för Försäkringskassan' }).click();
    // The goal page has a year chooser of the same name: choosing before the list has replaced it would change the goal page's year instead.
    await page.getByRole('heading', { level: 1, name: /Myndighetens mål/ }).waitFor();
    await page.getByLabel('Uppföljningsår').selectOption('2020');
    await page.getByRole('table', { name: 'Mål för Försäkringskassan' }).getByRole('link', { name: ACTIVITY_GOAL }).click();
    await page.getByRole('heading', { level: 1, name: ACTIVITY_GOAL }).waitFor();
    const lacking = page.getByRole('region', { name: 'Det här saknas i uppföljningen för 2020' });
    await lacking.getByText('Bedömning för 2020').waitFor();
    const assess = page.getByRole('form', { name: 'Bedöm målet för 2020' });
    await assess.getByRole('radio', { name: 'Inte bedömbart' }).check();
    await assess.getByRole('button', { name: 'Spara bedömningen' }).click();
    await assess.getByRole('alert').getByRole('link', { name: 'Motivering: Skriv varför målet inte går att bedöma.' }).waitFor();
    expect(await assess.getByLabel('Motivering').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'assessment refused');
    const [{ count: none }] = await stack.api.dataSource.query(`SELECT count(*)::int AS count FROM goal_assessments WHERE year = 2020`);
    expect(none).toBe(0);

    await assess.getByLabel('Motivering').fill('Indikationer räknas inte, så det går inte att följa upp hur ofta handläggarna frågar.');
    await assess.getByRole('button', { name: 'Spara bedömningen' }).click();
    await page.getByRole('status').getByText('Bedömningen för 2020 är sparad.').waitFor();
    const row = page.getByRole('table', { name: `Bedömningar av målet ${ACTIVITY_GOAL} per år` }).getByRole('row', { name: /^2020/ });
    expect(await row.getByRole('cell').first().textContent()).toBe('Inte bedömbart');
    expect(await lacking.getByText('Bedömning för 2020').count()).toBe(0);
    await expectNoAxeViolations(page, 'goal page after assessing');
    await page.close();
  });

  it("gives AF's representative no way to change FK's goals, and the API refuses when forced", async () => {
    const page = await freshPage();
    await signIn(page, 'representant.af@samverkan.example', '/mal');
    await page.getByRole('heading', { level: 1, name: /Myndighetens mål/ }).waitFor();
    expect(await page.getByLabel('Myndighet').locator('option:checked').textContent()).toBe('Arbetsförmedlingen');
    await page.getByLabel('Myndighet').selectOption({ label: 'Försäkringskassan' });
    await page.getByRole('table', { name: 'Mål för Försäkringskassan' }).getByRole('link', { name: SICKNESS_GOAL }).click();
    await page.getByRole('heading', { level: 1, name: SICKNESS_GOAL }).waitFor();
    await page.getByText('Du kan läsa målet. Mätningar och bedömningar registreras av representanter för Försäkringskassan.').waitFor();
    expect(await chartRow(page, TRAINED, 2021)).toEqual(['1 400 av 2 800 (50 %)']);
    // Only the year chooser: no measurement, correction or assessment forms.
    expect(await page.locator('main form').count()).toBe(1);
    expect(await page.getByText('Registrera en mätning').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Spara/ }).count()).toBe(0);
    expect(await languageProblems(page, 'sv')).toEqual([]);
    await expectNoAxeViolations(page, "FK's goal read by AF");

    const before = await stack.api.dataSource.query(`SELECT (SELECT count(*) FROM indicator_measurements)::int AS m, (SELECT count(*) FROM goal_assessments)::int AS a`);
    const [{ indicatorId, goalId, measurementId }] = await stack.api.dataSource.query(
      `SELECT i.id AS "indicatorId", i.goal_id AS "goalId", m.id AS "measurementId"
         FROM goal_indicators i JOIN indicator_measurements m ON m.indicator_id = i.id
        WHERE i.name = $1 AND NOT EXISTS (SELECT 1 FROM indicator_measurements c WHERE c.supersedes_id = m.id) LIMIT 1`,
      [TRAINED],
    );
    const forced = [
      await gqlFromPage(page, 'mutation ($i: ID!) { recordMeasurement(input: { indicatorId: $i, year: 2020, numerator: 1, denominator: 2 }) { id } }', { i: indicatorId }),
      await gqlFromPage(page, 'mutation ($id: ID!) { correctMeasurement(input: { id: $id, year: 2021, numerator: 1, denominator: 2, reason: "Forced" }) { id } }', { id: measurementId }),
      await gqlFromPage(page, 'mutation ($g: ID!) { assessGoal(input: { goalId: $g, year: 2020, outcome: FULFILLED }) { id } }', { g: goalId }),
    ];
    expect(forced.map((response) => response.errors?.[0]?.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(await stack.api.dataSource.query(`SELECT (SELECT count(*) FROM indicator_measurements)::int AS m, (SELECT count(*) FROM goal_assessments)::int AS a`)).toEqual(before);

    // In English every text of the page is English (the goals' own words stay as written).
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Yearly assessment' }).waitFor();
    expect(await languageProblems(page, 'en')).toEqual([]);
    await page.getByRole('link', { name: 'Back to Swedish Social Insurance Agency: goals' }).click();
    await page.getByRole('heading', { level: 1, name: /Agency goals/ }).waitFor();
    expect(await languageProblems(page, 'en')).toEqual([]);
    await expectNoAxeViolations(page, 'goals in English');

    // A percentage with a baseline and a target: the chart draws both lines, the table has both columns.
    await page.getByRole('table', { name: 'Swedish Social Insurance Agency: goals' }).getByRole('link', { name: MAINTENANCE_GOAL }).click();
    await page.getByRole('heading', { level: 1, name: MAINTENANCE_GOAL }).waitFor();
    const table = page.getByRole('table', { name: `${KNOWS_HOW}: figure per year, baseline and target` });
    expect((await table.getByRole('row', { name: /^2021/ }).getByRole('cell').allTextContents()).map(plain)).toEqual(['87 %', '70 % (2020)', '90 % (2021)']);
    expect(await page.getByRole('article', { name: KNOWS_HOW }).locator('.indicator-chart .recharts-reference-line').count()).toBe(2);
    await expectNoAxeViolations(page, 'goal with a baseline and a target');
    await screenshot(page, 'mal-malvarden');
    await page.setViewportSize({ width: 320, height: 900 });
    await screenshot(page, 'mal-malvarden-320');
    await page.close();
  });
});
