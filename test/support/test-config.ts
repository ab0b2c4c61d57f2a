import { AppConfig, loadConfig } from '@samverkan/config';

/** A valid config for a suite's own database and Redis prefix. */
export function testConfig(databaseUrl: string, redisUrl: string, redisPrefix: string, overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    ...loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: redisPrefix,
      JWT_SECRET: 'test-secret-that-is-long-enough-000000',
      DATABASE_POOL_SIZE: '5',
      LOG_LEVEL: 'error',
      OUTBOX_POLL_MS: '100',
      // The suites' webhook receivers listen on 127.0.0.1.
      WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true',
    }),
    ...overrides,
  };
}
