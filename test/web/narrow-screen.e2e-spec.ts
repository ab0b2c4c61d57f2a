/**
 * WCAG 2.1 1.4.10 (reflow): at 320 CSS pixels every page reads without scrolling
 * sideways. Wide tables and the timeline scroll inside their own labelled region,
 * so only the page itself is measured. The administrator sees every navigation
 * entry, so the frame is at its fullest; each page is also checked with axe.
 */
import { Page } from 'playwright-core';
import { TestBrowser, expectNoAxeViolations, screenshot } from './support/browser';
import { DemoStack, DemoWork, startDemoStack } from './support/demo-work';
import { signIn } from './support/journey';
import { WebStack } from './support/web-stack';

const WIDTH = 320;

describe('the workspace on a 320 px wide screen', () => {
  let stack: WebStack;
  let browser: TestBrowser;
  let page: Page;
  let demo: DemoWork;
  let demoStack: DemoStack;

  beforeAll(async () => {
    demoStack = await startDemoStack();
    ({ stack, demo, browser } = demoStack);
    page = await browser.newPage();
    await page.setViewportSize({ width: WIDTH, height: 800 });
  }, 300_000);

  afterAll(() => demoStack?.close(), 60_000);

  /** What sticks out past the right edge: the outermost such elements, for a failure that says where to look. */
  async function sidewaysOverflow(): Promise<{ pageWidth: number; sticking: string[] }> {
    // A script, as the other page-side helpers: the tests are compiled without the DOM's types.
    return page.evaluate(`(() => {
      const beyond = (element) => element.getBoundingClientRect().right > ${WIDTH} + 0.5;
      // Inside a region that scrolls or clips on its own (a wide table, the timeline), sticking out is the point.
      const clipped = (element) => {
        for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
          if (getComputedStyle(up).overflowX !== 'visible') return true;
        }
        return false;
      };
      const sticking = [...document.body.querySelectorAll('*')]
        .filter((element) => beyond(element) && element.parentElement && !beyond(element.parentElement))
        .filter((element) => !clipped(element) && !element.closest('.visually-hidden'))
        .slice(0, 5)
        .map((element) => element.tagName.toLowerCase() + '.' + element.className + ' "' + (element.textContent || '').trim().slice(0, 40) + '"');
      return { pageWidth: document.documentElement.scrollWidth, sticking };
    })()`);
  }

  /** Every page's problems at once (overflow, axe), so one run tells all that is wrong; empty when the page reflows. */
  async function reflowProblems(path: string, name: string): Promise<string[]> {
    await page.goto(path);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText('Hämtar…').waitFor({ state: 'detached' });
    await page.waitForLoadState('networkidle');
    await screenshot(page, `320-${name}`);
    const problems: string[] = [];
    const { pageWidth, sticking } = await sidewaysOverflow();
    if (pageWidth !== WIDTH || sticking.length > 0) problems.push(`${path}: ${pageWidth} px wide; sticking out: ${sticking.join(', ')}`);
    await expectNoAxeViolations(page, `${path} at ${WIDTH} px`).catch((error: Error) => problems.push(error.message));
    return problems;
  }

  async function expectReflow(pages: [string, string][]): Promise<void> {
    const problems: string[] = [];
    for (const [path, name] of pages) problems.push(...(await reflowProblems(path, name)));
    expect(problems).toEqual([]);
  }

  it('signed out: the sign-in page and the accessibility statement', async () => {
    await expectReflow([
      ['/logga-in', 'logga-in'],
      ['/tillganglighet', 'tillganglighet'],
    ]);
  });

  it('signed in as the administrator: the frame and every kind of page', async () => {
    await signIn(page, 'admin@samverkan.example');
    const [{ id: goalId }] = await stack.api.dataSource.query(`SELECT id FROM goals ORDER BY title LIMIT 1`);
    const pages: [string, string][] = [
      ['/', 'mitt-arbete'],
      [`/plan/${demo.planId}/oversikt`, 'oversikt'],
      [`/plan/${demo.planId}/handlingsplan`, 'handlingsplan'],
      [`/plan/${demo.planId}/tidslinje`, 'tidslinje'],
      [`/atgarder/${demo.itemId}`, 'atgard'],
      [`/grupper/${demo.groupIds[2]}/moten`, 'moten'],
      [`/plan/${demo.planId}/revisioner`, 'revisioner'],
      ['/rapporter', 'rapporter'],
      ['/granskning', 'granskning'],
      ['/mal?myndighet=', 'mal'],
      [`/mal/${goalId}`, 'mal-sida'],
      ['/aviseringar', 'aviseringar'],
      ['/installningar', 'installningar'],
      ['/administration', 'administration'],
      ['/administration/personer', 'personer'],
      ['/administration/myndigheter', 'myndigheter'],
      ['/administration/grupper', 'grupper'],
      ['/administration/planer', 'planer'],
      ['/administration/paminnelser', 'paminnelser'],
      ['/administration/kopiemottagare', 'kopiemottagare'],
      ['/administration/kopior', 'kopior'],
      ['/administration/api-nycklar', 'api-nycklar'],
      ['/administration/granskningslogg', 'granskningslogg'],
    ];
    await expectReflow(pages);
  }, 240_000);
});
