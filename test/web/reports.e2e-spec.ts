/**
 * Annual reports in Chromium, against the real api, worker (sending over
 * SMTP to the test's own server), PostgreSQL and Redis: the WG2 coordinator
 * writes the 2021 report and watches the checklist of what is missing
 * shrink, submits it, and the Gender Equality Agency receives one copy whose
 * JSON's SHA-256 is the one the version page shows; a steering-group member
 * returns it from the review inbox with a comment; the coordinator starts a
 * new version, revises and resubmits; the steering member sees the change
 * marked and acknowledges. And two people saving the same draft: the later
 * save is refused, and the text stays in the field. Every report page also in
 * English, with no Swedish text left. Every page visited has
 * zero axe violations (WCAG 2.1 A and AA).
 */
import { createHash } from 'node:crypto';
import { Browser, Page, chromium } from 'playwright-core';
import { CopyMailbox } from '../reports/support/copy-receivers';
import { waitFor } from '../reports/support/reports-api';
import { TestBrowser, expectNoAxeViolations, launchBrowser, screenshot } from './support/browser';
import { signIn } from './support/journey';
import { languageProblems, signOut } from './support/pages';
import { WebStack, startWebStack } from './support/web-stack';

const COORDINATOR = 'samordnare.ag2@samverkan.example';
const COORDINATOR_NAME = 'Elin Forsberg';
const STEERING = 'styrgrupp.fk@samverkan.example';
const STEERING_NAME = 'Johan Ekström';
const GENDER_EQUALITY_AGENCY = 'registrator@jamy.example';
const REPORT_2021 = 'Arbetsgrupp 2 – årsrapport 2021';

describe('writing, submitting and reviewing an annual report', () => {
  let stack: WebStack;
  let mailbox: CopyMailbox;
  let browser: TestBrowser;
  let page: Page;
  /** Kept for the English pass: the report taken to acknowledged, and the draft two people saved. */
  let acknowledgedId: string;
  let draftId: string;

  beforeAll(async () => {
    mailbox = await CopyMailbox.start();
    stack = await startWebStack({ smtpUrl: mailbox.url });
    browser = await launchBrowser(stack.origin);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    await mailbox?.down();
  });

  /** The checklist's lines once it has this many: each save brings the API's list back. */
  async function checklistOf(length: number): Promise<string[]> {
    let lines: string[] = [];
    await waitFor(`a checklist of ${length} lines`, async () => (lines = await page.locator('.checklist li').allTextContents()).length === length, 15_000);
    return lines;
  }

  async function typeInto(label: string | RegExp, text: string): Promise<void> {
    await page.getByLabel(label, { exact: typeof label === 'string' }).fill(text);
  }

  /** Zero axe violations, and no catalog key shown raw. */
  async function checkPage(what: string, on: Page = page): Promise<void> {
    expect(await languageProblems(on, 'sv')).toEqual([]);
    await expectNoAxeViolations(on, what);
  }

  const copiesToTheAgency = () => mailbox.received.filter((mail) => mail.to.includes(GENDER_EQUALITY_AGENCY));

  it('takes the 2021 report of WG2 from a first draft to acknowledged, via a return and a new version', async () => {
    // The coordinator finds the year's reports and starts theirs.
    await signIn(page, COORDINATOR, '/rapporter?ar=2021');
    await page.getByRole('heading', { level: 1, name: 'Rapporter för 2021' }).waitFor();
    await checkPage('the reports of 2021');
    const row = page.getByRole('row', { name: new RegExp(REPORT_2021) });
    expect(await row.textContent()).toContain('Inte påbörjad');
    expect(await row.textContent()).toContain('Du skriver');
    expect(await page.getByRole('row', { name: /Arbetsgrupp 1 – årsrapport 2021/ }).textContent()).toContain('Nej');
    await screenshot(page, 'reports-of-year');
    await page.getByRole('button', { name: `Påbörja ${REPORT_2021}` }).click();
    await page.getByRole('heading', { level: 1, name: REPORT_2021 }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Det du skriver sparas automatiskt.' }).waitFor();
    await checkPage('the editor');

    // The checklist is the API's: every section and every perspective, and it shrinks as the draft is saved.
    const atFirst = await page.locator('.checklist li').allTextContents();
    expect(atFirst).toContain('Sammanfattningen är tom');
    expect(atFirst).toContain('Inget arbete är beskrivet för något utvecklingsområde');
    await typeInto('Sammanfattning', 'Gruppen träffades sex gånger och tog fram ett gemensamt stöd för handläggare.');
    const afterSummary = await checklistOf(atFirst.length - 1);
    expect(afterSummary).not.toContain('Sammanfattningen är tom');

    await typeInto('Diarienummer', 'MV 2022/1234');
    await typeInto(/^Utvecklingsområde 1:/, 'Ett gemensamt utbildningspaket för handläggare har tagits fram.');
    await typeInto('Resultat', 'Omkring 1 300 av 2 800 handläggare har gått utbildningen.');
    await typeInto('Utmaningar', 'Uppgifter om våld registreras inte på ett enhetligt sätt.');
    await typeInto('Fokus för nästa år', 'Handledning för personal i kundmöten.');
    const perspectives = page.getByRole('group', { name: 'Tvärgående perspektiv' });
    const accounts = perspectives.getByRole('textbox');
    const count = await accounts.count();
    expect(count).toBeGreaterThan(1);
    for (let index = 0; index < count - 1; index += 1) await accounts.nth(index).fill('Beaktat i utbildningsmaterialet.');
    expect(await checklistOf(1)).toEqual([expect.stringMatching(/beskriv hur perspektivet har beaktats eller varför det inte är tillämpligt/)]);
    // The last perspective does not apply: ticked, with the reason in its field.
    await perspectives.getByRole('checkbox').last().check();
    await accounts.last().fill('Ingår inte i gruppens uppdrag i år.');
    await checklistOf(0);
    await page.getByText('Allt som krävs är ifyllt. Du kan skicka in rapporten.').waitFor();

    // The preview reads as the document will.
    await page.getByText('Förhandsgranska dokumentet').click();
    const preview = page.locator('.preview');
    await preview.getByRole('heading', { name: /ej tillämpligt/ }).waitFor();
    expect(await preview.textContent()).toContain('Omkring 1 300 av 2 800 handläggare');
    await checkPage('the editor with its preview');
    await screenshot(page, 'report-editor');

    // Submitting asks first, saying who receives it.
    await page.getByRole('button', { name: 'Skicka in', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Skicka in rapporten?' });
    expect(await dialog.textContent()).toMatch(/styrgruppen.*kopia.*Jämställdhetsmyndigheten/);
    await checkPage('the submit confirmation');
    await dialog.getByRole('button', { name: 'Skicka in rapporten' }).click();
    await page.waitForURL(/\/rapporter\/[^/]+\/versioner\/1$/);
    await page.getByText('Rapporten är inskickad och en kopia har skickats till Jämställdhetsmyndigheten.').waitFor();
    const reportId = /\/rapporter\/([^/]+)\//.exec(page.url())![1]!;
    acknowledgedId = reportId;
    const sha256 = (await page.getByTestId('sha256').textContent())!.trim();
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await page.locator('dl.summary-list').textContent()).toContain('MV 2022/1234');

    // The copy: one, to the agency, whose JSON attachment is what the page's SHA-256 covers; the page shows it sent.
    await waitFor('the copy to the Gender Equality Agency', () => copiesToTheAgency().length > 0, 60_000);
    await page.getByRole('row', { name: /Jämställdhetsmyndigheten/ }).filter({ hasText: 'Skickad' }).waitFor({ timeout: 30_000 });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const copies = copiesToTheAgency();
    expect(copies).toHaveLength(1);
    const json = copies[0]!.attachments.find((attachment) => attachment.filename.endsWith('.json'))!;
    expect(createHash('sha256').update(json.content).digest('hex')).toBe(sha256);
    expect(await page.getByRole('row', { name: /Jämställdhetsmyndigheten/ }).textContent()).toContain('E-post');
    await checkPage('the submitted version');
    await screenshot(page, 'report-version');

    // The PDF downloads with the session cookie.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ladda ned version 1 som PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('rapport-2021-version-1.pdf');

    // The steering group: the count in the frame, the inbox, the review; returned with a comment.
    await signOut(page, COORDINATOR_NAME);
    await signIn(page, STEERING, '/granskning');
    await page.getByRole('heading', { level: 1, name: 'Granskning' }).waitFor();
    const inboxLink = page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: /Granskning/ });
    expect(await inboxLink.textContent()).toMatch(/Granskning\s*1\s*1 rapport väntar på granskning/);
    await checkPage('the review inbox');
    await page.getByRole('link', { name: REPORT_2021 }).click();
    await page.getByRole('heading', { level: 1, name: `Granska ${REPORT_2021}` }).waitFor();
    await page.getByRole('heading', { name: 'Version 1, den första som skickats in' }).waitFor();
    await checkPage('the review of version 1');
    await page.getByRole('button', { name: 'Returnera' }).click();
    await page.getByText('Skriv vad som ska kompletteras.').first().waitFor();
    await typeInto('Kommentar till författarna', 'Beskriv hur många som har gått utbildningen i varje myndighet.');
    await page.getByRole('button', { name: 'Returnera' }).click();
    await page.getByText('Rapporten är returnerad. Författarna har fått besked med din kommentar.').waitFor();
    expect(await inboxLink.textContent()).toBe('Granskning');

    // The coordinator sees the comment, starts version 2, revises and resubmits.
    await signOut(page, STEERING_NAME);
    await signIn(page, COORDINATOR, `/rapporter/${reportId}`);
    await page.waitForURL(/\/versioner\/1$/);
    await page.getByText('Beskriv hur många som har gått utbildningen i varje myndighet.').waitFor();
    await checkPage('the returned version');
    await page.getByRole('button', { name: 'Börja ny version' }).click();
    await page.waitForURL(new RegExp(`/rapporter/${reportId}$`));
    await page.getByText('Styrgruppen returnerade version 1 med den här kommentaren:').waitFor();
    expect(await page.getByLabel('Sammanfattning', { exact: true }).inputValue()).toContain('Gruppen träffades sex gånger');
    await typeInto('Sammanfattning', 'Gruppen träffades åtta gånger och tog fram ett gemensamt stöd för handläggare i alla fyra myndigheter.');
    await page.getByRole('status').filter({ hasText: /^Sparat / }).waitFor();
    await checkPage('the editor of version 2');
    await page.getByRole('button', { name: 'Skicka in', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Skicka in rapporten' }).click();
    await page.waitForURL(/\/versioner\/2$/);

    // The steering member sees what changed, marked in text, and acknowledges.
    await signOut(page, COORDINATOR_NAME);
    await signIn(page, STEERING, `/granskning/${reportId}`);
    await page.getByRole('heading', { name: 'Version 2 jämförd med version 1' }).waitFor();
    const summary = page.locator('.compare-part').filter({ has: page.getByRole('heading', { name: /^Sammanfattning/ }) });
    expect(await summary.getByRole('heading', { level: 3 }).textContent()).toContain('Ändrad');
    expect(await summary.locator('del').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/\[borttaget: sex/)]));
    expect(await summary.locator('ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/\[tillagt: åtta/)]));
    const results = page.locator('.compare-part').filter({ has: page.getByRole('heading', { name: /^Resultat/ }) });
    expect(await results.getByRole('heading', { level: 3 }).textContent()).toContain('Oförändrad');
    await checkPage('the review of version 2');
    await screenshot(page, 'report-review');
    await page.getByRole('button', { name: 'Bekräfta' }).click();
    await page.getByText('Rapporten är bekräftad. Författarna har fått besked.').waitFor();

    const { data } = await stack.api.gql<{ report: { status: string; versions: { number: number; status: string }[] } }>(
      'query ($id: ID!) { report(id: $id) { status versions { number status } } }',
      { id: reportId },
      await stack.api.login(STEERING),
    );
    expect(data!.report).toEqual({ status: 'ACKNOWLEDGED', versions: [{ number: 1, status: 'RETURNED' }, { number: 2, status: 'ACKNOWLEDGED' }] });
    await signOut(page, STEERING_NAME);
  });

  it("shows an agency's follow-up with its goals as they stand, read-only", async () => {
    await signIn(page, 'representant.fk@samverkan.example', '/rapporter?ar=2021');
    await page.getByRole('heading', { level: 1, name: 'Rapporter för 2021' }).waitFor();
    expect(await page.getByRole('row', { name: /Arbetsförmedlingen – uppföljning av mål 2021/ }).textContent()).toContain('Nej');
    await page.getByRole('button', { name: 'Påbörja Försäkringskassan – uppföljning av mål 2021' }).click();
    await page.getByRole('heading', { level: 1, name: 'Försäkringskassan – uppföljning av mål 2021' }).waitFor();
    const goals = page.getByRole('region', { name: 'Myndighetens mål 2021' });
    await goals.getByRole('heading', { name: 'Sjukpenning och rehabilitering: fråga om våld' }).waitFor();
    expect(await goals.getByRole('table').count()).toBeGreaterThan(0);
    expect(await goals.getByRole('textbox').count()).toBe(0);
    await checkPage('the agency follow-up editor');
    await screenshot(page, 'report-agency-follow-up');

    // A save the API refuses (a personal identity number) says so at the field; the text stays for the person to correct.
    const area2 = page.getByLabel(/^Utvecklingsområde 2:/);
    await area2.fill('Ärende 19811218-9876 handlades i samverkan.');
    await page.getByRole('alert').filter({ hasText: 'Det gick inte att spara' }).waitFor();
    expect(await area2.getAttribute('aria-invalid')).toBe('true');
    expect(await area2.inputValue()).toBe('Ärende 19811218-9876 handlades i samverkan.');
    await checkPage('the editor after a refused save');
    await area2.fill('Ärenden handlades i samverkan.');
    await page.getByRole('status').filter({ hasText: /^Sparat / }).waitFor();
    expect(await area2.getAttribute('aria-invalid')).toBeNull();
    await signOut(page, 'Anna Hedlund');
  });

  it('refuses the later of two saves based on the same draft, and keeps that person’s text in the field', async () => {
    const token = await stack.api.login(COORDINATOR);
    const { data } = await stack.api.gql<{ plans: { id: string; groups: { id: string; number: number; kind: string }[] }[] }>(
      '{ plans { id groups { id number kind } } }',
      {},
      token,
    );
    const plan = data!.plans[0]!;
    const created = await stack.api.gql<{ createReport: { id: string } }>(
      'mutation ($input: CreateReportInput!) { createReport(input: $input) { id } }',
      { input: { planId: plan.id, year: 2020, kind: 'WORKING_GROUP', groupId: plan.groups.find((group) => group.kind === 'WORKING' && group.number === 2)!.id } },
      token,
    );
    const reportId = created.data!.createReport.id;
    draftId = reportId;

    // A second browser of its own: another person's session on the same draft.
    const other: Browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const otherContext = await other.newContext({ baseURL: stack.origin, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
      const otherPage = await otherContext.newPage();
      await signIn(page, COORDINATOR, `/rapporter/${reportId}`);
      await signIn(otherPage, COORDINATOR, `/rapporter/${reportId}`);
      for (const each of [page, otherPage]) await each.getByRole('heading', { level: 1, name: 'Arbetsgrupp 2 – årsrapport 2020' }).waitFor();

      await page.getByLabel('Sammanfattning', { exact: true }).fill('Skrivet av den som sparade först.');
      await page.getByRole('status').filter({ hasText: /^Sparat / }).waitFor();

      await otherPage.getByLabel('Resultat', { exact: true }).fill('Skrivet av den som sparade sist, på det gamla utkastet.');
      const alert = otherPage.getByRole('alert').filter({ hasText: 'Någon annan har sparat rapporten efter att du öppnade den' });
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Det du skrivit finns kvar i fälten.');
      expect(await otherPage.getByLabel('Resultat', { exact: true }).inputValue()).toBe('Skrivet av den som sparade sist, på det gamla utkastet.');
      await checkPage('the editor after a refused save', otherPage);
      await screenshot(otherPage, 'report-edit-conflict');

      const saved = await stack.api.gql<{ report: { latest: { sections: { summary: string; results: string } } } }>(
        'query ($id: ID!) { report(id: $id) { latest { sections { summary results } } } }',
        { id: reportId },
        token,
      );
      expect(saved.data!.report.latest.sections).toEqual({ summary: 'Skrivet av den som sparade först.', results: '' });
    } finally {
      await other.close();
    }
  });

  it('shows every report page in English, with no Swedish text and no key shown raw, and comes back', async () => {
    const visitInEnglish = async (path: string, what: string) => {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByText('Loading…').waitFor({ state: 'detached' });
      await page.waitForLoadState('networkidle');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect({ path, problems: await languageProblems(page, 'en') }).toEqual({ path, problems: [] });
      await expectNoAxeViolations(page, `${what} in English`);
    };
    await signIn(page, COORDINATOR, '/rapporter?ar=2021');
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Reports for 2021' }).waitFor();
    await visitInEnglish('/rapporter?ar=2021', 'the reports of 2021');
    await visitInEnglish(`/rapporter/${draftId}`, 'the editor');
    await visitInEnglish(`/rapporter/${acknowledgedId}/versioner/1`, 'a returned version');
    await visitInEnglish(`/rapporter/${acknowledgedId}/versioner/2`, 'an acknowledged version');
    await page.getByRole('button', { name: /Svenska/ }).click();
    await page.getByRole('heading', { level: 1, name: /version 2/ }).waitFor();
    await signOut(page, COORDINATOR_NAME);

    await signIn(page, STEERING, '/granskning');
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
    await visitInEnglish('/granskning', 'the review inbox');
    await visitInEnglish(`/granskning/${acknowledgedId}`, 'the review of a version');
    await page.getByRole('button', { name: /Svenska/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Granska/ }).waitFor();
    await signOut(page, STEERING_NAME);
  });
});
