import { AppConfig, loadConfig } from '@samverkan/config';
import { applicationRoleUrl } from './test-env';

/** A valid config for a suite's own database and Redis prefix; the api and worker connect as the application role. */
export function testConfig(databaseUrl: string, redisUrl: string, redisPrefix: string, overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    ...loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      APP_DATABASE_URL: applicationRoleUrl(databaseUrl),
      REDIS_URL: redisUrl,
      REDIS_PREFIX: redisPrefix,
      JWT_SECRET: 'test-secret-that-is-long-enough-000000',
      DATABASE_POOL_SIZE: '5',
      LOG_LEVEL: 'error',
      OUTBOX_POLL_MS: '100',
      MAIL_DROP_DIR: suiteMailDir(),
      // The suites' webhook receivers listen on 127.0.0.1.
      WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true',
    }),
    ...overrides,
  };
}

/** The mail settings of a test config, sending over SMTP to the test's own server. */
export function testMailConfig(smtpUrl: string): AppConfig['mail'] {
  return { ...testConfig('postgres://127.0.0.1/unused', 'redis://127.0.0.1', 'unused').mail, smtpUrl };
}

/** Set per test file by suite-temp-dir.ts (jest setupFilesAfterEnv): a folder outside the project. */
function suiteMailDir(): string {
  const dir = process.env.MAIL_DROP_DIR;
  if (!dir) throw new Error('MAIL_DROP_DIR is not set: run the tests through jest (test/support/suite-temp-dir.ts)');
  return dir;
}
