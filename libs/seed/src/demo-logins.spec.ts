import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_LOGINS, DEMO_LOGIN_GROUPS } from './demo-logins';
import { AGENCIES, GROUPS, PEOPLE } from './ipv-plan.seed-data';

const GROUP_NAMES: string[] = GROUPS.map((group) => group.name);

describe('demo logins', () => {
  it('are exactly the people the seed creates, with their names and agencies', () => {
    const seeded = PEOPLE.map(({ email, displayName, agency }) => ({ email, name: displayName, agency }));
    const printed = DEMO_LOGINS.map(({ email, name, agency }) => ({ email, name, agency }));
    const byEmail = (a: { email: string }, b: { email: string }): number => a.email.localeCompare(b.email);
    expect([...printed].sort(byEmail)).toEqual([...seeded].sort(byEmail));
    for (const { agency } of DEMO_LOGINS) expect(AGENCIES.map((known) => known.code)).toContain(agency);
  });

  it('are headed by the seeded group names, each heading over that group’s members', () => {
    const members = (number: number): string[] =>
      PEOPLE.filter((person) => person.memberships.some((membership) => membership.group === number))
        .map((person) => person.email)
        .sort();
    const printed = GROUPS.map((group) => [group.name, DEMO_LOGIN_GROUPS.find((section) => section.heading === group.name)?.logins.map((login) => login.email).sort()]);
    expect(printed).toEqual(GROUPS.map((group) => [group.name, members(group.number)]));
  });

  it('are all in the README table, under their group’s seeded name', () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    const missing = DEMO_LOGIN_GROUPS.flatMap(({ heading, logins }) => {
      // The README shortens the headings of the sections that are not groups.
      const group = GROUP_NAMES.includes(heading) ? ` ${heading} |` : '';
      return logins.filter((login) => !readme.includes(`| \`${login.email}\` | ${login.name} | ${login.agency} |${group}`));
    });
    expect(missing).toEqual([]);
  });
});
