// Relative on purpose: the seed library's index would load the whole seed
// (and TypeORM) into the start command just to print the demo logins.
import { DEMO_LOGINS, DEMO_LOGIN_GROUPS, DEMO_PASSWORD } from '../../../../libs/seed/src/demo-logins';
import type { Log } from './log';

export interface BannerFacts {
  /** Where the web workspace answers. */
  webUrl: string;
  graphqlUrl: string;
  postgres: string;
  redis: string;
  dataDir: string;
}

/** What a person needs once everything answers: where to go and how to log in, as whom. */
export function printBanner(log: Log, facts: BannerFacts): void {
  const emailWidth = Math.max(...DEMO_LOGINS.map((login) => login.email.length));
  const lines = [
    'Samverkan is running.',
    `  Öppna ${facts.webUrl} i din webbläsare`,
    `  GraphQL API: ${facts.graphqlUrl}`,
    `  PostgreSQL:  ${facts.postgres}`,
    `  Redis:       ${facts.redis}`,
    `  Data:        ${facts.dataDir}`,
    `Demo logins (${DEMO_LOGINS.length}), all with the password ${DEMO_PASSWORD}:`,
    ...DEMO_LOGIN_GROUPS.flatMap((group) => [
      `  ${group.heading}`,
      ...group.logins.map((login) => `    ${login.email.padEnd(emailWidth)}  ${login.name} (${login.agency}), ${login.role}`),
    ]),
    'Press Ctrl-C to stop.',
  ];
  for (const line of lines) log.info(line);
}
