import { languageProblemsIn } from './support/pages';

/** The journeys' language check itself: it must catch what it is there for, and leave people's own words alone. */
describe('the journeys’ language check', () => {
  it('finds Swedish interface text on an English page, placeholders filled in', () => {
    expect(languageProblemsIn(['Kedjan är hel: alla 43 rader är kontrollerade och ingen av dem har ändrats.'], 'en')).toEqual([
      expect.stringMatching(/^Swedish text \(adminOps\.audit\.chainIntact_other\)/),
    ]);
    expect(languageProblemsIn(['Uppgifter om IPV-2019'], 'en')).toEqual([expect.stringMatching(/^Swedish text \(adminPlans\.details\)/)]);
  });

  it('finds a key shown raw, in either language', () => {
    expect(languageProblemsIn(['adminOps.audit.title'], 'sv')).toEqual(['raw key: adminOps.audit.title']);
    expect(languageProblemsIn(['reports.nothingHere'], 'en')).toEqual(['raw key: reports.nothingHere']);
  });

  it('leaves what people wrote and the seeded names alone, though they begin like a catalog text', () => {
    expect(
      languageProblemsIn(['Uppgifter om våld registreras inte på ett enhetligt sätt.', '12:00 av Elin Forsberg', 'Arbetsgrupp 2: Information', 'Reports for 2021'], 'en'),
    ).toEqual([]);
  });
});
