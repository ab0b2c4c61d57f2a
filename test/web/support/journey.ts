import { DEMO_PASSWORD } from '@samverkan/seed';
import { Page } from 'playwright-core';
import { expectNoAxeViolations } from './browser';

/** Signs in on the sign-in page (wherever the person was going) and waits until the page behind it shows. */
export async function signIn(page: Page, email: string, goTo = '/', password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`/logga-in?tillbaka=${encodeURIComponent(goTo)}`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((url) => url.pathname !== '/logga-in');
}

/** Visits a page and checks it with axe once its heading is there. */
export async function visit(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await expectNoAxeViolations(page, path);
}

/** The accessible text of the focused element (its label for a form control). */
export function focusedText(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    const element = document.activeElement;
    if (!element) return '';
    const labelled = element.labels && element.labels.length > 0 ? element.labels[0].textContent : '';
    const visible = element.cloneNode(true);
    if (visible.querySelectorAll) visible.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    return (element.getAttribute('aria-label') || labelled || visible.textContent || '').trim();
  })()`);
}

/** Presses Tab (at most `limit` times) until the focused element's text matches: moving as a keyboard user does. */
export async function tabTo(page: Page, name: string | RegExp, limit = 60): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focusedText(page))) return;
  }
  throw new Error(`no element named ${String(name)} within ${limit} presses of Tab; focus is on "${await focusedText(page)}"`);
}

/** Sends a GraphQL request from the page itself, with its session cookie, as a script in the page could. */
export function gqlFromPage<T = { data?: unknown; errors?: { extensions?: { code?: string; reason?: string } }[] }>(
  page: Page,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    { query, variables },
  ) as Promise<T>;
}
