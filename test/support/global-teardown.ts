import { Client } from 'pg';
import { TEST_ADMIN_DATABASE_URL, templateDatabaseName, testRunId } from './test-env';

/** Drops the template and any suite database a crashed suite left behind. */
export default async function globalTeardown(): Promise<void> {
  const runId = testRunId();
  const admin = new Client({ connectionString: TEST_ADMIN_DATABASE_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
      [templateDatabaseName(runId), `sv_t_${runId}_%`],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
