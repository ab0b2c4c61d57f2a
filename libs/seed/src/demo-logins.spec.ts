import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_LOGINS } from './demo-logins';
import { AGENCIES, PEOPLE } from './ipv-plan.seed-data';

describe('demo logins', () => {
  it('are exactly the people the seed creates, with their names and agencies', () => {
    const seeded = PEOPLE.map(({ email, displayName, agency }) => ({ email, name: displayName, agency }));
    const printed = DEMO_LOGINS.map(({ email, name, agency }) => ({ email, name, agency }));
    const byEmail = (a: { email: string }, b: { email: string }): number => a.email.localeCompare(b.email);
    expect([...printed].sort(byEmail)).toEqual([...seeded].sort(byEmail));
    for (const { agency } of DEMO_LOGINS) expect(AGENCIES.map((known) => known.code)).toContain(agency);
  });

  it('are all in the README table', () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    const missing = DEMO_LOGINS.filter((login) => !readme.includes(`| \`${login.email}\` | ${login.name} | ${login.agency} |`));
    expect(missing).toEqual([]);
  });
});
