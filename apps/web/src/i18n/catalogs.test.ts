import { describe, expect, it } from 'vitest';
import { en } from './en';
import { sv } from './sv';

/** Every key path of a nested catalog, e.g. "frame.signOut". */
function keyPaths(catalog: object, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keyPaths(value as object, `${prefix}${key}.`),
  );
}

/** The {{placeholders}} of every text, so a translation cannot drop one. */
function placeholders(catalog: object): Record<string, string[]> {
  const texts: Record<string, string[]> = {};
  const walk = (node: object, prefix: string): void => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') texts[`${prefix}${key}`] = [...value.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
      else walk(value as object, `${prefix}${key}.`);
    }
  };
  walk(catalog, '');
  return texts;
}

describe('message catalogs', () => {
  it('have the same keys in Swedish and English', () => {
    const swedish = keyPaths(sv);
    const english = keyPaths(en);
    expect(swedish.filter((key) => !english.includes(key))).toEqual([]);
    expect(english.filter((key) => !swedish.includes(key))).toEqual([]);
  });

  it('have no empty text', () => {
    for (const catalog of [sv, en]) {
      const empty = Object.entries(placeholders(catalog)).filter(([key]) => {
        const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalog);
        return typeof text !== 'string' || text.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });

  it('keep the same placeholders in both languages', () => {
    expect(placeholders(en)).toEqual(placeholders(sv));
  });
});
