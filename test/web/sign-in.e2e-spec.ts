/**
 * The sign-in page and the frame in Chromium: a signed-out visit goes to
 * sign-in and back, the language switch, refusals on the field they concern,
 * and every page visited has zero axe violations (WCAG 2.1 A and AA).
 */
import { DEMO_PASSWORD } from '@samverkan/seed';
import { Page } from 'playwright-core';
import { TestBrowser, expectNoAxeViolations, launchBrowser, screenshot } from './support/browser';
import { WebStack, startWebStack } from './support/web-stack';

describe('signing in to the web workspace', () => {
  let stack: WebStack;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    stack = await startWebStack();
    browser = await launchBrowser(stack.origin);
    page = await browser.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  }, 60_000);

  it('sends a signed-out visit to sign-in, remembering where it was going', async () => {
    await page.goto('/plan/okand/handlingsplan?status=AT_RISK');
    await page.waitForURL(/\/logga-in\?/);
    expect(new URL(page.url()).searchParams.get('tillbaka')).toBe('/plan/okand/handlingsplan?status=AT_RISK');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.title()).toBe('Logga in – Samverkan');
    await expectNoAxeViolations(page);
    await screenshot(page, 'logga-in');
  });

  it('says what is missing on the field itself', async () => {
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('alert').getByText('Det gick inte att spara').waitFor();
    const email = page.getByLabel('E-postadress');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'sign-in with errors');
  });

  it('switches to English and back, and remembers the choice over a reload', async () => {
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectNoAxeViolations(page, 'sign-in in English');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByRole('button', { name: /Svenska/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
  });

  it('signs in with a wrong password refused in Swedish, then returns to where the person was going', async () => {
    await page.goto('/ingen/sadan/sida');
    await page.waitForURL(/\/logga-in\?/);
    await page.getByLabel('E-postadress').fill('samordnare.ag2@samverkan.example');
    await page.getByLabel('Lösenord').fill('not-the-password');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('alert').getByText('E-postadressen eller lösenordet stämmer inte.').waitFor();
    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL((url) => url.pathname === '/ingen/sadan/sida');
    await page.getByRole('heading', { level: 1, name: 'Sidan finns inte' }).waitFor();
    await expectNoAxeViolations(page, 'not found, signed in');
  });

  it('shows the frame: skip link, landmarks, plan chooser, navigation and the person menu', async () => {
    await page.goto('/ingen/sadan/sida');
    await page.getByRole('heading', { level: 1, name: 'Sidan finns inte' }).waitFor();
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
    const navigation = page.getByRole('navigation', { name: 'Huvudmeny' });
    await navigation.getByRole('link', { name: 'Handlingsplanen' }).waitFor();
    await navigation.getByRole('link', { name: 'Möten – arbetsgrupp 2' }).waitFor();
    expect(await page.getByLabel('Plan').inputValue()).not.toBe('');
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Hoppa till innehållet');
    const menuButton = page.getByRole('button', { name: 'Meny för Elin Forsberg' });
    await menuButton.click();
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('link', { name: 'Inställningar' }).waitFor();
    await expectNoAxeViolations(page, 'person menu open');
    await page.keyboard.press('Escape');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps the session over a reload', async () => {
    await page.reload();
    await page.getByRole('button', { name: 'Meny för Elin Forsberg' }).waitFor();
    expect(page.url()).not.toContain('/logga-in');
  });

  it('returns to sign-in when the session has expired, and back afterwards', async () => {
    await stack.api.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE ended_at IS NULL`);
    await page.goto('/ingen/annan/sida?x=1');
    await page.waitForURL(/\/logga-in\?/);
    expect(new URL(page.url()).searchParams.get('tillbaka')).toBe('/ingen/annan/sida?x=1');
    await page.getByLabel('E-postadress').fill('samordnare.ag2@samverkan.example');
    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL((url) => url.pathname === '/ingen/annan/sida' && url.search === '?x=1');
  });

  it('signs out: the session ends on the server and the pages ask for sign-in again', async () => {
    await page.getByRole('button', { name: 'Meny för Elin Forsberg' }).click();
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByText('Du är utloggad.').waitFor();
    const [{ open }] = await stack.api.dataSource.query(`SELECT count(*)::int AS open FROM sessions WHERE ended_at IS NULL AND expires_at > now()`);
    expect(open).toBe(0);
    await page.goto('/ingen/sadan/sida');
    await page.waitForURL(/\/logga-in\?/);
  });
});
