import { AppConfig } from '@samverkan/config';
import { buildDataSourceOptions } from '@samverkan/database';
import { DataSource } from 'typeorm';
import { AppLogger } from '../logging/app-logger';
import { ObservabilityConfig } from '../observability-config';
import { checkMigrations } from './pending-migrations.check';
import { checkRedisSettings } from './redis-settings.check';

/**
 * Runs before the api or worker is built, so nothing serves or consumes a
 * job against a database it does not match. Throws BootCheckError to refuse;
 * returns the process's logger, which wrote any warnings, for Nest to use.
 */
export async function runBootChecks(config: AppConfig, observability: ObservabilityConfig, service: string): Promise<AppLogger> {
  const logger = new AppLogger(config.logLevel, service);
  const dataSource = new DataSource(buildDataSourceOptions(config.databaseUrl, 1));
  await dataSource.initialize();
  try {
    await checkMigrations(dataSource, observability.migrateOnBoot, logger);
  } finally {
    await dataSource.destroy();
  }
  if (config.nodeEnv === 'production') await checkRedisSettings(config.redisUrl, observability.redisCheck, logger);
  return logger;
}
