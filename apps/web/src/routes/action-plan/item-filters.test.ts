import { describe, expect, it } from 'vitest';
import { filtersToParams, filtersToVariables, isFiltered, parseFilters } from './item-filters';

describe('action plan filters in the address', () => {
  it('reads every filter from the Swedish parameters and writes them back the same', () => {
    const address = 'grupp=g2&omrade=a1&delomrade=s1&myndighet=mv&roll=leder&perspektiv=p1&status=IN_PROGRESS%2CBLOCKED&halsa=AT_RISK&forsenade=ja&inaktuella=ja&text=broschyr&sortering=titel&efter=c1';
    const filters = parseFilters(new URLSearchParams(address));
    expect(filters).toEqual({
      groupId: 'g2',
      developmentAreaId: 'a1',
      subTopicId: 's1',
      agencyId: 'mv',
      agencyRole: 'lead',
      perspectiveId: 'p1',
      status: ['IN_PROGRESS', 'BLOCKED'],
      health: ['AT_RISK'],
      overdue: true,
      stale: true,
      text: 'broschyr',
      sort: 'TITLE',
      after: 'c1',
    });
    expect(filtersToParams(filters).toString()).toBe(address);
  });

  it('leaves out unknown values instead of guessing', () => {
    const filters = parseFilters(new URLSearchParams('status=DONE%2CNONSENSE&halsa=GREEN&sortering=random&roll=x&forsenade=kanske'));
    expect(filters.status).toEqual(['DONE']);
    expect(filters.health).toEqual([]);
    expect(filters.sort).toBe('DUE_DATE');
    expect(filters.agencyRole).toBe('any');
    expect(filters.overdue).toBe(false);
    expect(isFiltered(filters)).toBe(true);
  });

  it('asks for top-level items only when nothing narrows the list', () => {
    const unfiltered = filtersToVariables('plan', parseFilters(new URLSearchParams('sortering=framsteg')), 25);
    // Unset filters are left out rather than sent as null.
    expect(JSON.parse(JSON.stringify(unfiltered))).toEqual({ planId: 'plan', first: 25, sort: 'PROGRESS', topLevelOnly: true });
    const filtered = filtersToVariables('plan', parseFilters(new URLSearchParams('text=x&forsenade=ja')), 25);
    expect(JSON.parse(JSON.stringify(filtered))).toEqual({ planId: 'plan', first: 25, sort: 'DUE_DATE', text: 'x', overdue: true });
  });

  it('reads a sub-topic only together with its development area', () => {
    expect(parseFilters(new URLSearchParams('delomrade=s1')).subTopicId).toBeUndefined();
    expect(filtersToVariables('plan', parseFilters(new URLSearchParams('omrade=a1&delomrade=s1')), 25)).toMatchObject({ developmentAreaId: 'a1', subTopicId: 's1' });
    expect(filtersToParams({ ...parseFilters(new URLSearchParams('omrade=a1&delomrade=s1')), developmentAreaId: undefined }).toString()).toBe('');
  });

  it('sends the agency as lead, participating, or either, by the chosen role', () => {
    const variables = (role: string) => filtersToVariables('plan', parseFilters(new URLSearchParams(`myndighet=fk${role}`)), 25);
    expect(variables('')).toMatchObject({ agencyId: 'fk', leadAgencyId: undefined, participatingAgencyId: undefined });
    expect(variables('&roll=leder')).toMatchObject({ agencyId: undefined, leadAgencyId: 'fk', participatingAgencyId: undefined });
    expect(variables('&roll=deltar')).toMatchObject({ agencyId: undefined, leadAgencyId: undefined, participatingAgencyId: 'fk' });
  });
});
