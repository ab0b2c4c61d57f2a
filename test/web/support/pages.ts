import { DEVELOPMENT_AREAS, FK_GOALS, GROUPS, PEOPLE, PERSPECTIVES, PLAN } from '@samverkan/seed';
import { Page } from 'playwright-core';
import { en } from '../../../apps/web/src/i18n/en';
import { sv } from '../../../apps/web/src/i18n/sv';

/** Signs out through the person menu. */
export async function signOut(page: Page, displayName: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`(Meny för|Menu for) ${displayName}`) }).click();
  await page.getByRole('button', { name: /^(Logga ut|Sign out)$/ }).click();
  await page.waitForURL(/\/logga-in/);
}

type Catalog = { readonly [key: string]: string | Catalog };

function leaves(catalog: Catalog, prefix = ''): [string, string][] {
  return Object.entries(catalog).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`)));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A catalog text as a pattern for a whole rendered text: each {{placeholder}} stands for any words. */
const patternOf = (text: string) => new RegExp(`^${text.split(/\{\{\w+\}\}/).map(escape).join('.+?')}$`);

const englishByKey = new Map(leaves(en as unknown as Catalog));
const letterCount = (text: string) => text.replace(/[^\p{L}]/gu, '').length;
/**
 * Swedish catalog texts whose English text differs: none of them may be seen in English mode.
 * `letters` is how many letters the catalog text has of its own, placeholders left out.
 */
const SWEDISH_ONLY = leaves(sv as unknown as Catalog)
  .filter(([key, text]) => englishByKey.get(key) !== text)
  .map(([key, text]) => {
    const own = text.replace(/\{\{\w+\}\}/g, '');
    return { key, pattern: patternOf(text), letters: letterCount(own), placeholders: own !== text };
  })
  // A text of placeholders and a few letters ("{{start}}–{{end}}", "{{time}} av {{name}}") would match what other keys render.
  .filter((entry) => !entry.placeholders || entry.letters >= 5);
/**
 * A rendered text is taken for a catalog text only when the catalog's own letters make at least
 * a third of it. Otherwise a placeholder carries most of it, and that is what people wrote: "Uppgifter
 * om våld registreras inte …" from a report is not "Uppgifter om {{key}}".
 */
const isCatalogText = (entry: (typeof SWEDISH_ONLY)[number], text: string) => entry.pattern.test(text) && entry.letters * 3 >= letterCount(text);
/** A key path under one of the catalog's top-level sections, as i18next shows a key it lacks. */
const RAW_KEY = new RegExp(`^(${Object.keys(sv).join('|')})\\.[\\w.]+$`);
const KEYS = new Set(leaves(sv as unknown as Catalog).map(([key]) => key.replace(/_(one|other)$/, '')));

/**
 * The names the seed gives: people's data, Swedish in either language. Some
 * begin like a catalog text ("Arbetsgrupp 2: Information" reads as
 * "Arbetsgrupp {{number}}"), so they are taken out before the comparison.
 * Longest first, so a goal's title goes before its scope, which starts it.
 */
const SEEDED_NAMES = [
  PLAN.title,
  ...GROUPS.map((group) => group.name),
  ...DEVELOPMENT_AREAS.map((area) => area.title),
  ...PERSPECTIVES.map((perspective) => perspective.title),
  ...PEOPLE.map((person) => person.title),
  ...FK_GOALS.flatMap((goal) => [goal.title, goal.scope, ...goal.indicators.map((indicator) => indicator.name)]),
].sort((a, b) => b.length - a.length);

/** The page's own words in a text: each seeded name in it stands in for a placeholder. */
const withoutSeededNames = (text: string): string => SEEDED_NAMES.reduce((rest, name) => rest.replaceAll(name, '…'), text);

/**
 * Every visible piece of text on the page (text nodes, and labels given as
 * aria-label) and the document title, trimmed. An SVG text is one text though
 * a chart wraps it onto lines, a tspan each. A script string: this project's
 * Node types have no DOM.
 */
const VISIBLE_TEXTS = `(() => {
  const texts = [];
  const visible = (element) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return style.visibility !== 'hidden' && style.display !== 'none' && (box.width > 0 || box.height > 0 || element.closest('.visually-hidden') !== null);
  };
  const svgTexts = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const svgText = node.parentElement && node.parentElement.closest('svg text');
    if (svgText && svgTexts.has(svgText)) continue;
    if (svgText) svgTexts.add(svgText);
    const lines = svgText ? [...svgText.querySelectorAll('tspan')].map((line) => line.textContent) : [];
    const text = (lines.length > 0 ? lines.join(' ') : node.textContent || '').trim();
    if (text && node.parentElement && visible(node.parentElement)) texts.push(text.replace(/\\s+/g, ' '));
  }
  for (const element of document.querySelectorAll('[aria-label]')) {
    if (visible(element)) texts.push(element.getAttribute('aria-label').trim());
  }
  texts.push(document.title);
  return texts;
})()`;

export function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(VISIBLE_TEXTS);
}

/**
 * What is wrong with the page's language: catalog keys rendered raw, and (in
 * English) texts that are the Swedish catalog's. Texts from the data (titles
 * people wrote, agency names) are not in the catalogs and pass, and so do the
 * seeded names within a text.
 */
export async function languageProblems(page: Page, language: 'sv' | 'en'): Promise<string[]> {
  return languageProblemsIn(await visibleTexts(page), language);
}

/** The same check on texts already read from a page. */
export function languageProblemsIn(texts: readonly string[], language: 'sv' | 'en'): string[] {
  const problems: string[] = [];
  for (const text of texts) {
    if (KEYS.has(text) || RAW_KEY.test(text)) problems.push(`raw key: ${text}`);
    if (language === 'en') {
      const own = withoutSeededNames(text);
      const swedish = SWEDISH_ONLY.find((entry) => isCatalogText(entry, own));
      if (swedish) problems.push(`Swedish text (${swedish.key}) in English: ${text}`);
    }
  }
  return problems;
}
