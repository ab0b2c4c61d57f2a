import { Client } from 'pg';
import { pathsLeftBehind, projectTreeStatus } from './project-tree';
import { TEST_ADMIN_DATABASE_URL, templateDatabaseName, testRunId } from './test-env';

/**
 * Drops the template and any suite database a crashed suite left behind,
 * then fails the run if a test left a file in the project tree.
 */
export default async function globalTeardown(): Promise<void> {
  await dropTestDatabases(testRunId());
  const before = JSON.parse(process.env.SAMVERKAN_TEST_TREE_BEFORE ?? 'null') as string[] | null;
  const after = projectTreeStatus();
  if (before === null || after === undefined) return;
  const leftBehind = pathsLeftBehind(before, after);
  if (leftBehind.length > 0) {
    throw new Error(`Tests left files in the project tree (they belong in a temporary folder):\n  ${leftBehind.join('\n  ')}`);
  }
}

async function dropTestDatabases(runId: string): Promise<void> {
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
