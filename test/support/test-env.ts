/** Where the tests find PostgreSQL and Redis; defaults match the development machines. */
export const TEST_ADMIN_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Set by the global setup: a name unique to this test run. */
export function testRunId(): string {
  const id = process.env.SAMVERKAN_TEST_RUN;
  if (!id) throw new Error('SAMVERKAN_TEST_RUN is not set: run the tests through jest (global setup)');
  return id;
}

export function templateDatabaseName(runId: string): string {
  return `sv_tpl_${runId}`;
}

export function databaseUrl(name: string): string {
  const url = new URL(TEST_ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The role the api and worker connect as in the tests, as under `npm start`:
 * it owns nothing (docs/security.md, "Database roles"). Roles belong to the
 * whole server, so every run shares it; the global setup creates it when missing.
 */
export const TEST_APPLICATION_ROLE = process.env.TEST_APPLICATION_ROLE ?? 'samverkan_app';

/** The same database as the application role. */
export function applicationRoleUrl(url: string): string {
  const parsed = new URL(url);
  parsed.username = TEST_APPLICATION_ROLE;
  parsed.password = '';
  return parsed.toString();
}
