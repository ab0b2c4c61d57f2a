import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { EMPTY_SECTIONS, missingParts } from './report-sections';

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out whitespace, so one document has one text', () => {
    const a = canonicalJson({ b: 1, a: { d: [true, null, 'å'], c: 2.5 } });
    const b = canonicalJson({ a: { c: 2.5, d: [true, null, 'å'] }, b: 1 });
    expect(a).toBe('{"a":{"c":2.5,"d":[true,null,"å"]},"b":1}');
    expect(createHash('sha256').update(a, 'utf8').digest('hex')).toBe(createHash('sha256').update(b, 'utf8').digest('hex'));
  });

  it('refuses what is not plain JSON', () => {
    expect(() => canonicalJson({ when: new Date(0) })).toThrow(TypeError);
    expect(() => canonicalJson([Number.NaN])).toThrow(TypeError);
  });
});

describe('missingParts', () => {
  const outline = { perspectives: [{ id: 'p1', code: 'CHILDREN_AT_RISK', title: 'Children at risk' }] };

  it('lists every empty section and unaccounted perspective, in report order', () => {
    expect(missingParts(EMPTY_SECTIONS, outline).map((part) => part.field)).toEqual([
      'summary',
      'workDone',
      'results',
      'perspectives.CHILDREN_AT_RISK',
      'challenges',
      'nextYearFocus',
    ]);
  });

  it('accepts a perspective marked not applicable with a reason, and blank text counts as empty', () => {
    const sections = {
      summary: 'S',
      workDone: [{ developmentAreaId: 'a1', text: 'W' }],
      results: 'R',
      perspectives: [{ perspectiveId: 'p1', notApplicable: true, text: 'Outside the remit' }],
      challenges: '  ',
      nextYearFocus: 'N',
    };
    expect(missingParts(sections, outline).map((part) => part.field)).toEqual(['challenges']);
  });
});
