import 'reflect-metadata';
import { AppConfig } from '@samverkan/config';
import { MIGRATIONS, buildDataSourceOptions } from '@samverkan/database';
import { AppLogger, BootCheckError, ObservabilityConfig, checkRedisSettings, inspectRedis, loadObservabilityConfig, runBootChecks } from '@samverkan/observability';
import { TEST_ADMIN_DATABASE_URL, TestDatabase, applicationRoleUrl, createTestDatabase, createTestRedis, databaseUrl, testConfig } from '@samverkan/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/api.app';
import { createWorker } from '../../apps/worker/src/worker.app';
import { freePort } from './observability-support';
import { PrivateRedis } from './private-redis';

/** An empty database: nothing migrated. */
async function emptyDatabase(): Promise<TestDatabase> {
  const name = `sv_boot_${process.pid}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: TEST_ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    name,
    url: databaseUrl(name),
    appUrl: applicationRoleUrl(databaseUrl(name)),
    async drop() {
      const client = new Client({ connectionString: TEST_ADMIN_DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

const observability = (overrides: Partial<ObservabilityConfig> = {}): ObservabilityConfig => ({ ...loadObservabilityConfig({}, 'test'), ...overrides });

describe('boot checks', () => {
  const redisPrefix = createTestRedis().prefix;

  describe('pending migrations', () => {
    let empty: TestDatabase;

    beforeEach(async () => {
      empty = await emptyDatabase();
    });

    afterEach(() => empty.drop());

    it('refuse to start the api and the worker, listing what is pending', async () => {
      const config = testConfig(empty.url, 'redis://127.0.0.1:6379', redisPrefix);
      const names = MIGRATIONS.map((migration) => migration.name);
      await expect(createApiApp(config, observability())).rejects.toThrow(BootCheckError);
      await expect(createApiApp(config, observability())).rejects.toThrow(`${names.length} pending migration(s): ${names.join(', ')}`);
      await expect(createWorker(config, observability())).rejects.toThrow('MIGRATE_ON_BOOT=true');
    });

    it('with MIGRATE_ON_BOOT, are applied once even by replicas booting together', async () => {
      const config = testConfig(empty.url, 'redis://127.0.0.1:6379', redisPrefix);
      await Promise.all([1, 2, 3].map(() => runBootChecks(config, observability({ migrateOnBoot: true }), 'test')));

      const dataSource = new DataSource(buildDataSourceOptions(empty.url, 1));
      await dataSource.initialize();
      try {
        const applied: { name: string }[] = await dataSource.query(`SELECT name FROM migrations ORDER BY id`);
        expect(applied).toHaveLength(MIGRATIONS.length);
        expect(new Set(applied.map((row) => row.name))).toEqual(new Set(MIGRATIONS.map((migration) => migration.name)));
      } finally {
        await dataSource.destroy();
      }
      const api = await createApiApp(config, observability());
      await api.close();
    });
  });

  describe('Redis settings in production', () => {
    let db: TestDatabase;
    let privateRedis: PrivateRedis;
    let warnings: jest.SpyInstance;

    beforeAll(async () => {
      [db, privateRedis] = await Promise.all([createTestDatabase(), PrivateRedis.start(['--save', '', '--appendonly', 'yes', '--maxmemory-policy', 'noeviction'])]);
    });

    beforeEach(() => {
      warnings = jest.spyOn(AppLogger.prototype, 'warn');
    });

    afterEach(() => warnings.mockRestore());

    afterAll(async () => {
      await privateRedis?.stop();
      await db?.drop();
    });

    const production = (redisUrl: string): AppConfig => ({ ...testConfig(db.url, redisUrl, redisPrefix), nodeEnv: 'production' });

    it('pass quietly with AOF and noeviction', async () => {
      expect(await inspectRedis(privateRedis.url)).toEqual([]);
      const worker = await createWorker(production(privateRedis.url), observability({ redisCheck: 'refuse' }));
      await worker.close();
      expect(warnings.mock.calls.filter(([message]) => String(message).startsWith('REDIS CHECK'))).toEqual([]);
    });

    it('refuse, when told to, a Redis that evicts keys', async () => {
      await privateRedis.command('CONFIG', 'SET', 'maxmemory-policy', 'allkeys-lru');
      try {
        await expect(createApiApp(production(privateRedis.url), observability({ redisCheck: 'refuse' }))).rejects.toThrow(
          'Redis maxmemory-policy is allkeys-lru',
        );
      } finally {
        await privateRedis.command('CONFIG', 'SET', 'maxmemory-policy', 'noeviction');
      }
    });

    it('warn loudly by default, and refuse when told to, a Redis without persistence', async () => {
      await privateRedis.command('CONFIG', 'SET', 'appendonly', 'no');
      try {
        const api = await createApiApp(production(privateRedis.url), observability());
        await api.close();
        expect(warnings).toHaveBeenCalledWith(expect.stringContaining('REDIS CHECK: Redis has no persistence'), 'BootChecks');
        await expect(createWorker(production(privateRedis.url), observability({ redisCheck: 'refuse' }))).rejects.toThrow(
          'Redis is not safe for queued work (REDIS_CHECK=refuse): Redis has no persistence',
        );
      } finally {
        await privateRedis.command('CONFIG', 'SET', 'appendonly', 'yes');
      }
    });

    it('treat what cannot be read as a warning, never a refusal', async () => {
      const unreachable = `redis://127.0.0.1:${await freePort()}`;
      const logger = new AppLogger('error', 'test');
      await expect(checkRedisSettings(unreachable, 'refuse', logger)).resolves.toBeUndefined();
      expect(warnings).toHaveBeenCalledWith(expect.stringContaining('Redis could not be reached at boot'), 'BootChecks');
    });

    it('are skipped outside production', async () => {
      await privateRedis.command('CONFIG', 'SET', 'maxmemory-policy', 'allkeys-lru');
      try {
        const api = await createApiApp(testConfig(db.url, privateRedis.url, redisPrefix), observability({ redisCheck: 'refuse' }));
        await api.close();
      } finally {
        await privateRedis.command('CONFIG', 'SET', 'maxmemory-policy', 'noeviction');
      }
    });
  });
});
