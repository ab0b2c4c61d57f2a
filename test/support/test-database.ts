import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { TEST_ADMIN_DATABASE_URL, applicationRoleUrl, databaseUrl, templateDatabaseName, testRunId } from './test-env';

export interface TestDatabase {
  name: string;
  /** As the owner (a superuser in the tests): for fixtures beyond what the application may do. */
  url: string;
  /** As the application role, as the api and worker connect. */
  appUrl: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_ADMIN_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database of this suite's own, copied from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const runId = testRunId();
  const name = `sv_t_${runId}_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(3).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabaseName(runId)}"`));
  return {
    name,
    url: databaseUrl(name),
    appUrl: applicationRoleUrl(databaseUrl(name)),
    drop: () => withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
