/**
 * The administrator's operational pages in Chromium, against the real api and
 * worker: the plan's reminder rule changes and the preview moves; a copy
 * receiver's test message reaches the test's SMTP server and webhook; a copy
 * made dead by a stopped webhook receiver is tried again from the page and
 * arrives; an API key is created, used once, revoked and refused after; the
 * audit log finds a membership change with its before and after and shows
 * the hash chain intact. A coordinator gets the "no access" page. Every page
 * visited has zero axe violations (WCAG 2.1 A and AA).
 */
import { DeadlineKind, ReminderScheduler, addDays, zonedDateOf } from '@samverkan/reminders';
import { Locator, Page } from 'playwright-core';
import { CopyMailbox, WebhookReceiver } from '../reports/support/copy-receivers';
import { SeededPlan, seededPlan, submitGroupReport, waitFor } from '../reports/support/reports-api';
import { TestBrowser, expectNoAxeViolations, launchBrowser, screenshot } from './support/browser';
import { signIn, visit } from './support/journey';
import { languageProblems, signOut } from './support/pages';
import { WebStack, startWebStack } from './support/web-stack';

const ADMIN = 'admin@samverkan.example';
const COORDINATOR_3 = 'samordnare.ag3@samverkan.example';
const NEW_MEMBER = 'medlem.ag3@samverkan.example';
const WEBHOOK_SECRET = 'jamy-webhook-secret-for-the-journey-0123';
const DEADLINE_TITLE = 'Utvärdering av samverkan';

interface Delivery {
  id: string;
  channel: 'EMAIL' | 'WEBHOOK';
  status: string;
  attempts: number;
}

describe('the administration of reminders, copies, API keys and the audit log', () => {
  let stack: WebStack;
  let browser: TestBrowser;
  let page: Page;
  let mailbox: CopyMailbox;
  let webhook: WebhookReceiver;
  let admin: string;
  let plan: SeededPlan;
  let membershipId: string;
  let newMemberId: string;
  let newMemberName: string;

  async function gql<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await stack.api.gql<T>(query, variables, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }

  beforeAll(async () => {
    process.env.REPORT_WEBHOOK_SECRET_JAMY = WEBHOOK_SECRET;
    [mailbox, webhook] = await Promise.all([CopyMailbox.start(), WebhookReceiver.start()]);
    stack = await startWebStack({
      smtpUrl: mailbox.url,
      workerEnv: { REPORT_WEBHOOK_SECRET_JAMY: WEBHOOK_SECRET, WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' },
    });
    admin = await stack.api.login(ADMIN);
    plan = await seededPlan(stack.api, admin);
    // The membership change the audit log must show: a member of WG3 joins WG2.
    [{ id: newMemberId, name: newMemberName }] = await stack.api.dataSource.query('SELECT id, display_name AS name FROM users WHERE email = $1', [NEW_MEMBER]);
    const { addMembership } = await gql<{ addMembership: { id: string } }>(
      admin,
      'mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }',
      { input: { groupId: plan.groups[2], userId: newMemberId, role: 'MEMBER' } },
    );
    membershipId = addMembership.id;
    // A deadline ahead, as the module that owns it would write it, for the preview to show.
    await stack.api.dataSource.transaction((tx) =>
      stack.api.app.get(ReminderScheduler).sync(tx, {
        kind: DeadlineKind.ACTION_ITEM,
        subjectId: '7e570000-0000-4000-8000-000000000001',
        planId: plan.planId,
        groupId: plan.groups[2]!,
        title: DEADLINE_TITLE,
        dueDate: addDays(zonedDateOf(new Date(), 'Europe/Stockholm'), 45),
        ownerIds: [newMemberId],
      }),
    );
    browser = await launchBrowser(stack.origin);
    page = await browser.newPage();
    await signIn(page, ADMIN);
  });

  afterAll(async () => {
    delete process.env.REPORT_WEBHOOK_SECRET_JAMY;
    await browser?.close();
    await stack?.close();
    await mailbox?.down();
    await webhook?.close();
  });

  it("changes the plan's rule for action items, and the preview moves to the new days and time", async () => {
    await visit(page, '/administration/paminnelser', 'Påminnelser');
    const preview = page.getByRole('article').filter({ has: page.getByRole('heading', { name: DEADLINE_TITLE }) });
    const steps = preview.getByRole('listitem');
    // The default: 30, 14, 7 and 1 days before and the day itself at 08:00, then two escalations.
    await containsText(steps.first(), '30 dagar före');
    await containsText(steps.first(), '08:00');
    expect(await steps.count()).toBe(7);

    const form = page.getByRole('region', { name: 'Ändra planens regel' });
    await form.getByLabel('Typ av tidsfrist').selectOption({ label: 'Åtgärd' });
    await form.getByLabel('Dagar före tidsfristen').fill('10, 2');
    await form.getByLabel('Klockslag').fill('13:30');
    await form.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Regeln för åtgärd är sparad.').waitFor();

    await waitFor('the preview to move', async () => (await steps.first().textContent())?.includes('10 dagar före') ?? false);
    await containsText(steps.first(), '13:30');
    await containsText(steps.nth(1), '2 dagar före');
    // The escalations stay as they were.
    expect(await steps.count()).toBe(4);
    await containsText(page.getByRole('row', { name: /^Åtgärd/ }), 'Planens regel');
    await expectNoAxeViolations(page, 'reminders after saving');
    await screenshot(page, 'admin-reminders');
  });

  it("sets an agency's webhook and sends test messages that reach the test's SMTP server and webhook, showing their answers", async () => {
    await visit(page, '/administration/kopiemottagare', 'Kopiemottagare');
    const jamy = page.getByRole('region', { name: /Jämställdhetsmyndigheten/ });
    await jamy.getByLabel('Adress till webbhook för JAMY').fill(webhook.url);
    await jamy.getByRole('button', { name: 'Spara webbhook' }).click();
    await jamy.getByText('Webbhooken är sparad.').waitFor();

    await jamy.getByRole('button', { name: 'Skicka provmeddelande med e-post till JAMY' }).click();
    await jamy.getByText('Mottagaren tog emot provmeddelandet (e-post till registrator@jamy.example).').waitFor();
    await containsText(jamy.getByRole('status'), 'Message accepted by the copy mailbox');
    const tests = mailbox.received.filter((mail) => mail.headers['x-samverkan-test'] === 'true');
    expect(tests.map((mail) => mail.to)).toEqual([['registrator@jamy.example']]);

    await jamy.getByRole('button', { name: 'Skicka provmeddelande till webbhooken för JAMY' }).click();
    await jamy.getByText(`Mottagaren tog emot provmeddelandet (webbhook till ${webhook.url}).`).waitFor();
    await containsText(jamy.getByRole('status'), 'HTTP 202 stored');
    expect(webhook.calls.filter((call) => call.headers['x-samverkan-test'] === 'true')).toHaveLength(1);
    // A test message is no copy.
    const [{ count }] = await stack.api.dataSource.query('SELECT count(*)::int AS count FROM report_deliveries');
    expect(count).toBe(0);
    await expectNoAxeViolations(page, 'copy receivers after the test messages');
    await screenshot(page, 'admin-copy-endpoints');
  });

  it('shows a copy the stopped webhook receiver made dead, with its last error, and sends it again from the page', async () => {
    await webhook.down();
    const coordinator = await stack.api.login(COORDINATOR_3);
    const version = await submitGroupReport(stack.api, coordinator, plan, 3, 2021);
    const deliveries = async (): Promise<Delivery[]> =>
      (await gql<{ reportVersion: { deliveries: Delivery[] } }>(admin, 'query ($id: ID!) { reportVersion(id: $id) { deliveries { id channel status attempts } } }', { id: version.id }))
        .reportVersion.deliveries;
    const webhookCopy = async () => (await deliveries()).find((delivery) => delivery.channel === 'WEBHOOK')!;
    await waitFor('the first failed attempt', async () => (await webhookCopy()).attempts === 1, 30_000);
    // Nineteen failures later, as if hours had passed: the next one is the last allowed.
    await stack.api.dataSource.query(`UPDATE outbox_messages SET attempts = 19, available_at = now() WHERE payload->>'deliveryId' = $1`, [(await webhookCopy()).id]);
    await waitFor('the copy to be dead', async () => (await webhookCopy()).status === 'DEAD', 30_000);

    await visit(page, '/administration/kopior?status=DEAD', 'Kopior av rapporter');
    const row = page.getByRole('row').filter({ hasText: 'JAMY, webbhook' });
    await containsText(row, 'Har gett upp');
    await containsText(row, 'fetch failed');
    await screenshot(page, 'admin-copies-dead');

    await webhook.up();
    const before = webhook.calls.length;
    await row.getByRole('button', { name: /^Försök igen: kopian till JAMY med webbhook/ }).click();
    await page.getByText('Kopian till JAMY med webbhook skickas nu igen.').waitFor();
    await waitFor('the copy to arrive', () => webhook.calls.length > before, 30_000);
    expect(webhook.calls.at(-1)!.headers['idempotency-key']).toBe((await webhookCopy()).id);
    await waitFor('the copy to be recorded as sent', async () => (await webhookCopy()).status === 'SENT', 30_000);

    await page.getByLabel('Läge').selectOption({ label: 'Skickad' });
    await page.getByRole('button', { name: 'Visa' }).click();
    await containsText(page.getByRole('row').filter({ hasText: 'JAMY, webbhook' }), 'Skickad');
    await expectNoAxeViolations(page, 'copies after the retry');
  });

  it('creates an API key shown once, which works until it is revoked on the page', async () => {
    await visit(page, '/administration/api-nycklar', 'API-nycklar');
    await page.getByLabel('Namn').fill('Statistikuttag, FK');
    await page.getByLabel('Läsa planen och arbetet i den').check();
    await page.getByRole('button', { name: 'Skapa nyckel' }).click();
    await page.getByText('API-nyckeln Statistikuttag, FK är skapad.').waitFor();
    const secret = await page.getByLabel('Nyckel', { exact: true }).inputValue();
    expect(secret).toMatch(/^svk_/);
    await expectNoAxeViolations(page, 'API keys with a new key');
    await screenshot(page, 'admin-api-tokens');

    const withKey = async () => {
      const response = await fetch(`${stack.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ query: '{ agencies { code } }' }),
      });
      return (await response.json()) as { data?: { agencies: { code: string }[] }; errors?: { extensions?: { code?: string } }[] };
    };
    expect((await withKey()).data!.agencies.map((agency) => agency.code)).toContain('JAMY');

    await page.getByRole('button', { name: 'Återkalla Statistikuttag, FK' }).click();
    await page.getByText('API-nyckeln Statistikuttag, FK är återkallad och fungerar inte längre.').waitFor();
    await containsText(page.getByRole('row', { name: /Statistikuttag, FK/ }), 'Återkallad');
    expect((await withKey()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expectNoAxeViolations(page, 'API keys after revoking');
  });

  it('finds the membership change in the audit log with its before and after, and shows the chain intact', async () => {
    await visit(page, '/administration/granskningslogg', 'Granskningslogg');
    // The chain is checked when asked for, not on every visit.
    expect(await page.getByTestId('chain-verification').count()).toBe(0);
    await page.getByRole('button', { name: 'Kontrollera kedjan' }).click();
    await containsText(page.getByTestId('chain-verification'), 'Kedjan är hel');
    await expectNoAxeViolations(page, 'the audit log with the chain checked');
    await page.getByLabel('Handling').fill('membership.add');
    await page.getByLabel('Person').selectOption({ label: 'Alva Lindqvist' });
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL((url) => url.searchParams.get('handling') === 'membership.add');
    const entry = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `membership.add · Membership ${membershipId}` }) });
    await containsText(entry, 'Genomförd');
    const changes = entry.getByRole('table', { name: `Ändrade uppgifter på rad` });
    await containsText(changes.getByRole('row', { name: /^role/ }), 'MEMBER');
    // A person's id is shown with their name.
    await containsText(changes.getByRole('row', { name: /^userId/ }), `${newMemberName} (${newMemberId})`);
    await containsText(changes.getByRole('row', { name: /^groupId/ }), plan.groups[2]!);
    // Nothing before: the membership was new.
    expect(await changes.getByRole('row', { name: /^role/ }).getByRole('cell').first().textContent()).toBe('–');
    await expectNoAxeViolations(page, 'the audit log, filtered');
    await screenshot(page, 'admin-audit');
  });

  it('shows every page in English with no Swedish text and no key shown raw, and comes back', async () => {
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    const pages: [string, string][] = [
      ['/administration/paminnelser', 'Reminders'],
      ['/administration/kopiemottagare', 'Copy receivers'],
      ['/administration/kopior', 'Copies of reports'],
      ['/administration/api-nycklar', 'API keys'],
      ['/administration/granskningslogg', 'Audit log'],
    ];
    for (const [path, heading] of pages) {
      await visit(page, path, heading);
      // The lists below the heading load too, and are checked with it.
      await page.getByText(/\d+ (copy|copies|event|events)|Valid|registrator@jamy\.example|The chain is intact|due /).first().waitFor();
      expect({ path, problems: await languageProblems(page, 'en') }).toEqual({ path, problems: [] });
    }
    await page.getByRole('button', { name: /Svenska/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Granskningslogg' }).waitFor();
  });

  it('gives a coordinator the "no access" page at each of these addresses', async () => {
    await signOut(page, 'Alva Lindqvist');
    await signIn(page, COORDINATOR_3);
    for (const path of ['/administration/paminnelser', '/administration/kopiemottagare', '/administration/kopior', '/administration/api-nycklar', '/administration/granskningslogg']) {
      await visit(page, path, 'Du har inte behörighet');
      await page.getByText('Det här får göras av: administratör.').waitFor();
    }
  });
});

/** Waits until the element's text contains `text`, as the page may still be updating. */
function containsText(locator: Locator, text: string): Promise<void> {
  return waitFor(`"${text}" in ${String(locator)}`, async () => ((await locator.textContent()) ?? '').includes(text), 10_000);
}
