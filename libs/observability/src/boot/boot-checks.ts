import { AppConfig } from '@samverkan/config';
import { buildDataSourceOptions, connectionRoleProblems, grantApplicationRoleAt } from '@samverkan/database';
import { DataSource } from 'typeorm';
import { AppLogger } from '../logging/app-logger';
import { ObservabilityConfig } from '../observability-config';
import { BootCheckError } from './boot-check.error';
import { checkMigrations, runMigrationsExclusively } from './pending-migrations.check';
import { checkRedisSettings } from './redis-settings.check';

/**
 * Runs before the api or worker is built, so nothing serves or consumes a
 * job against a database it does not match, or as a database role that could
 * switch the database's own rules off. Throws BootCheckError to refuse;
 * returns the process's logger, which wrote any warnings, for Nest to use.
 */
export async function runBootChecks(config: AppConfig, observability: ObservabilityConfig, service: string): Promise<AppLogger> {
  const logger = new AppLogger(config.logLevel, service);
  if (observability.migrateOnBoot) await migrateAsOwner(config, logger);
  const dataSource = new DataSource(buildDataSourceOptions(config.databaseUrl, 1));
  await dataSource.initialize();
  try {
    await checkMigrations(dataSource);
    await checkDatabaseRole(dataSource, config, logger);
  } finally {
    await dataSource.destroy();
  }
  if (config.nodeEnv === 'production') await checkRedisSettings(config.redisUrl, observability.redisCheck, logger);
  return logger;
}

/** MIGRATE_ON_BOOT: the migrations and the grants, through the owner's connection (DATABASE_URL). */
async function migrateAsOwner(config: AppConfig, logger: AppLogger): Promise<void> {
  const owner = new DataSource(buildDataSourceOptions(config.ownerDatabaseUrl, 1));
  await owner.initialize();
  try {
    const applied = await runMigrationsExclusively(owner);
    if (applied.length > 0) logger.log(`MIGRATE_ON_BOOT: applied ${applied.join(', ')}`, 'BootChecks');
  } finally {
    await owner.destroy();
  }
  if (config.applicationRole) await grantApplicationRoleAt(config.ownerDatabaseUrl, config.applicationRole);
}

/** In production the api and worker run only as the application role; elsewhere running as the owner is allowed, loudly. */
async function checkDatabaseRole(dataSource: DataSource, config: AppConfig, logger: AppLogger): Promise<void> {
  const problems = await connectionRoleProblems((sql) => dataSource.query(sql));
  if (problems.length === 0) return;
  const advice = 'set APP_DATABASE_URL to the application role, which owns nothing (docs/operations.md, "Database roles")';
  if (config.nodeEnv === 'production') throw new BootCheckError(`Refusing to start: this process ${problems.join('; ')}: ${advice}`);
  logger.warn(`DATABASE ROLE CHECK: this process ${problems.join('; ')}, so it could switch the audit log's protection off: ${advice}`, 'BootChecks');
}
