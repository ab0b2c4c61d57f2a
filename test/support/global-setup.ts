import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
// Only the migrations: loading entities here would register GraphQL types in
// this process, which Jest reuses for the tests when it runs them in band.
import { MIGRATIONS } from '../../libs/database/src/migrations';
import { grantApplicationRoleAt } from '../../libs/database/src/application-role';
import { projectTreeStatus } from './project-tree';
import { TEST_ADMIN_DATABASE_URL, TEST_APPLICATION_ROLE, databaseUrl, templateDatabaseName } from './test-env';

/**
 * Migrates one template database per run; every suite then copies it
 * (CREATE DATABASE ... TEMPLATE), which is much faster than migrating again.
 */
export default async function globalSetup(): Promise<void> {
  // Compared by the global teardown: no test may leave anything in the project tree.
  process.env.SAMVERKAN_TEST_TREE_BEFORE = JSON.stringify(projectTreeStatus() ?? null);
  // Tests that spawn the real processes (start command, worker, CLI) run the
  // built code; build once here so parallel suites never rebuild under each other.
  execFileSync('npm', ['run', 'build'], { cwd: join(__dirname, '../..'), stdio: 'pipe', timeout: 120_000 });

  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  process.env.SAMVERKAN_TEST_RUN = runId;
  const template = templateDatabaseName(runId);

  const admin = new Client({ connectionString: TEST_ADMIN_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${template}"`);
  } finally {
    await admin.end();
  }

  const dataSource = new DataSource({ type: 'postgres', url: databaseUrl(template), migrations: MIGRATIONS });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
  // As the migrate command does; the copies keep the grants (all but CONNECT, which PUBLIC has anyway).
  await grantApplicationRoleAt(databaseUrl(template), { name: TEST_APPLICATION_ROLE, password: null });
}
