// Relative on purpose: the seed library's index would load the whole seed
// (and TypeORM) into the start command just to print six e-mail addresses.
import { DEMO_LOGINS, DEMO_PASSWORD } from '../../../../libs/seed/src/demo-logins';
import type { Log } from './log';

export interface BannerFacts {
  graphqlUrl: string;
  postgres: string;
  redis: string;
  dataDir: string;
}

/** What a person needs once everything answers: where to point a client and how to log in. */
export function printBanner(log: Log, facts: BannerFacts): void {
  const width = Math.max(...DEMO_LOGINS.map((login) => login.role.length));
  const lines = [
    'Samverkan is running.',
    `  GraphQL API: ${facts.graphqlUrl}`,
    `  PostgreSQL:  ${facts.postgres}`,
    `  Redis:       ${facts.redis}`,
    `  Data:        ${facts.dataDir}`,
    `Demo logins, all with the password ${DEMO_PASSWORD}:`,
    ...DEMO_LOGINS.map((login) => `  ${login.role.padEnd(width)}  ${login.email}`),
    'Press Ctrl-C to stop.',
  ];
  for (const line of lines) log.info(line);
}
