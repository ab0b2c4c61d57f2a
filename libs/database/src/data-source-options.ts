import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { PlanLevelTextSubscriber } from './plan-level-text.subscriber';
import { QueryErrorLogger } from './query-error.logger';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * The one description of the database, shared by the apps, the CLI and the
 * tests. `statementTimeoutMs` bounds any one statement (0: none, for
 * migrations and benchmarks).
 */
export function buildDataSourceOptions(url: string, poolSize = 10, statementTimeoutMs = 0): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    subscribers: [PlanLevelTextSubscriber],
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    // The schema changes only through committed migrations.
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension is installed at connect.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: poolSize, ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}) },
    logger: new QueryErrorLogger(),
    maxQueryExecutionTime: 1000,
  };
}
