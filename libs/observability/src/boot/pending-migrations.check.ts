import { DataSource, MigrationExecutor } from 'typeorm';
import { BootCheckError } from './boot-check.error';

/** Held while migrating, so replicas that boot together with MIGRATE_ON_BOOT migrate once, one after the other. */
const MIGRATION_LOCK = 'samverkan:migrations';

/** Names of this release's migrations that the database has not run, as the release lists them. Reads only. */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const [{ present }]: { present: boolean }[] = await dataSource.query(`SELECT to_regclass('migrations') IS NOT NULL AS present`);
  const applied: { name: string }[] = present ? await dataSource.query(`SELECT name FROM migrations`) : [];
  const appliedNames = new Set(applied.map((row) => row.name));
  return dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name).filter((name) => !appliedNames.has(name));
}

/** Runs the pending migrations under an advisory lock; returns the ones this process applied. */
export async function runMigrationsExclusively(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext($1))`, [MIGRATION_LOCK]);
    try {
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'each';
      return (await executor.executePendingMigrations()).map((migration) => migration.name);
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [MIGRATION_LOCK]);
    }
  } finally {
    await runner.release();
  }
}

/**
 * A release must not run against a database it does not match: with
 * migrations pending it refuses to start (MIGRATE_ON_BOOT applies them before
 * this check, as the owner).
 */
export async function checkMigrations(dataSource: DataSource): Promise<void> {
  const pending = await pendingMigrations(dataSource);
  if (pending.length === 0) return;
  throw new BootCheckError(
    `The database is behind this release: ${pending.length} pending migration(s): ${pending.join(', ')}. ` +
      'Run "node dist/apps/cli/src/main.js migrate" first, or set MIGRATE_ON_BOOT=true to apply them at boot.',
  );
}
