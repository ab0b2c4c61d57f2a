/**
 * A reminder e-mail's link, followed in Chromium: the worker (on simulated
 * reminder time) sends the owner of an item a reminder whose link is
 * <PUBLIC_URL>/atgarder/<id>; opened signed out, it goes to sign-in and, after
 * it, to the item's page.
 */
import { DEMO_PASSWORD } from '@samverkan/seed';
import { Page } from 'playwright-core';
import { ReminderHarness } from '../reminders/support/reminder-harness';
import { waitFor } from '../reminders/support/wait-for';
import { readableText } from '../worker/smtp-sink';
import { TestBrowser, expectNoAxeViolations, launchBrowser } from './support/browser';

const DAY_PER_SECOND = 86_400;

describe('a reminder e-mail’s link', () => {
  let harness: ReminderHarness;
  let browser: TestBrowser;
  let page: Page;

  afterAll(async () => {
    await browser?.close();
    await harness?.close();
  }, 60_000);

  it('opens the item’s page after sign-in', async () => {
    harness = await ReminderHarness.start('2021-03-23T11:00:00Z', DAY_PER_SECOND);
    const origin = new URL(harness.api.url).origin;
    await harness.startWorker({ publicUrl: origin });
    const item = await harness.newItem('Rutin för att fråga om våld', '2021-03-31');
    harness.time.jumpTo('2021-03-23T11:00:00Z');
    await harness.track(item, '2021-03-31');
    const { owner } = harness.plan;
    await waitFor('a reminder to the owner', () => harness.smtp.received.some((mail) => mail.to.includes(owner.email)), 30_000);
    const mail = harness.smtp.received.find((received) => received.to.includes(owner.email))!;
    const link = /https?:\/\/[^\s"<>]+\/atgarder\/[0-9a-f-]+/.exec(readableText(mail))?.[0];
    expect(link).toBe(`${origin}/atgarder/${item.id}`);

    browser = await launchBrowser(origin);
    page = await browser.newPage();
    await page.goto(link!);
    await page.waitForURL(/\/logga-in\?/);
    expect(new URL(page.url()).searchParams.get('tillbaka')).toBe(`/atgarder/${item.id}`);
    await page.getByLabel('E-postadress').fill(owner.email);
    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL((url) => url.pathname === `/atgarder/${item.id}`);
    await page.getByRole('heading', { level: 1, name: 'Rutin för att fråga om våld' }).waitFor();
    await expectNoAxeViolations(page, 'the item page from an e-mail link');
  }, 180_000);
});
