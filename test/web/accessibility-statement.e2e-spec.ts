/**
 * The accessibility statement (`/tillganglighet`, the DOS law 2018:1937):
 * reached from every page's footer, by keyboard alone from the sign-in page
 * (the keyboard-only journey the statement describes), showing the
 * configured organisation and contact address and the supervising
 * authority's complaints form, in Swedish and English, with zero axe
 * violations.
 */
import { DEMO_PASSWORD } from '@samverkan/seed';
import { Page } from 'playwright-core';
import { TestBrowser, expectNoAxeViolations, launchBrowser, screenshot } from './support/browser';
import { WebStack, startWebStack } from './support/web-stack';

const CONTACT = 'tillganglighet@jamy.example';
const DIGG_FORM = 'https://www.digg.se/analys-och-uppfoljning/lagen-om-tillganglighet-till-digital-offentlig-service-dos-lagen/anmal-bristande-tillganglighet';

describe('the accessibility statement', () => {
  let stack: WebStack;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    stack = await startWebStack({ config: { accessibility: { organisationName: 'Jämställdhetsmyndigheten', contactEmail: CONTACT } } });
    browser = await launchBrowser(stack.origin);
    page = await browser.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  }, 60_000);

  /** Tabs forward until `name` has focus; fails if it never does. */
  const tabTo = async (name: string): Promise<void> => {
    for (let presses = 0; presses < 30; presses += 1) {
      await page.keyboard.press('Tab');
      if ((await page.locator(':focus').textContent())?.trim() === name) return;
    }
    throw new Error(`"${name}" never got focus by Tab`);
  };

  it('is reached by keyboard alone from the sign-in page\'s footer', async () => {
    await page.goto('/logga-in');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    // Single sign-on is not configured here, so the sign-in page does not offer it.
    await page.getByLabel('E-postadress').waitFor();
    expect(await page.getByRole('link', { name: 'Logga in med din myndighets konto' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'sign-in without single sign-on');
    await tabTo('Tillgänglighetsredogörelse');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/tillganglighet');
    await page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' }).waitFor();
    expect(await page.title()).toBe('Tillgänglighetsredogörelse – Samverkan');
  });

  it('names the organisation, its contact address and the supervising authority\'s complaints form', async () => {
    await page.getByText(/^Jämställdhetsmyndigheten står bakom Samverkan\./).waitFor();
    await page.getByText(/lagen \(2018:1937\) om tillgänglighet till digital offentlig service/).first().waitFor();
    const contact = page.getByRole('link', { name: CONTACT });
    expect(await contact.count()).toBeGreaterThan(0);
    expect(await contact.first().getAttribute('href')).toBe(`mailto:${CONTACT}`);
    expect(await page.getByRole('link', { name: 'Anmäl bristande tillgänglighet till Digg' }).getAttribute('href')).toBe(DIGG_FORM);
    await page.getByRole('heading', { level: 2, name: 'Hur vi testat tjänsten' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Innehåll som inte är tillgängligt' }).waitFor();
    await page.getByText(/delvis förenlig med lagen/).waitFor();
    await expectNoAxeViolations(page, 'accessibility statement');
    await screenshot(page, 'tillganglighet');
  });

  it('is there in English too', async () => {
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Accessibility statement' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByText(/^Jämställdhetsmyndigheten is responsible for Samverkan\./).waitFor();
    expect(await page.getByRole('link', { name: /Report inadequate accessibility to Digg/ }).getAttribute('href')).toBe(DIGG_FORM);
    await expectNoAxeViolations(page, 'accessibility statement in English');
    await page.getByRole('button', { name: /Svenska/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' }).waitFor();
  });

  it('is a page address of its own, served with status 200 on a fresh load', async () => {
    const response = await page.goto('/tillganglighet');
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' }).waitFor();
  });

  it('is linked from the footer of the signed-in frame', async () => {
    await page.goto('/ingen/sadan/sida');
    await page.waitForURL(/\/logga-in\?/);
    await page.getByLabel('E-postadress').fill('samordnare.ag2@samverkan.example');
    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sidan finns inte' }).waitFor();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
    await page.waitForURL((url) => url.pathname === '/tillganglighet');
    await page.getByRole('link', { name: CONTACT }).first().waitFor();
    await expectNoAxeViolations(page, 'accessibility statement, signed in');
  });
});
