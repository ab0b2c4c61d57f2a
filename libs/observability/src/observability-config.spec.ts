import { ConfigValidationError } from '@samverkan/config';
import { loadObservabilityConfig } from './observability-config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadObservabilityConfig(env, 'production');
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadObservabilityConfig', () => {
  it('applies defaults: open metrics, warn about Redis, never migrate by itself', () => {
    expect(loadObservabilityConfig({}, 'production')).toEqual({
      metricsToken: '',
      shutdownTimeoutMs: 25_000,
      workerHealthPort: 3001,
      redisCheck: 'warn',
      migrateOnBoot: false,
    });
  });

  it('keeps the worker listener off in tests unless a port is given', () => {
    expect(loadObservabilityConfig({}, 'test').workerHealthPort).toBe(0);
    expect(loadObservabilityConfig({ WORKER_HEALTH_PORT: '4001' }, 'test').workerHealthPort).toBe(4001);
  });

  it('reads every setting', () => {
    expect(
      loadObservabilityConfig(
        { METRICS_TOKEN: 'a-long-enough-token', SHUTDOWN_TIMEOUT_MS: '5000', WORKER_HEALTH_PORT: '0', REDIS_CHECK: 'refuse', MIGRATE_ON_BOOT: 'true' },
        'production',
      ),
    ).toEqual({ metricsToken: 'a-long-enough-token', shutdownTimeoutMs: 5000, workerHealthPort: 0, redisCheck: 'refuse', migrateOnBoot: true });
  });

  it('reports one line for every bad variable', () => {
    expect(problemsOf({ METRICS_TOKEN: 'short', SHUTDOWN_TIMEOUT_MS: 'soon', WORKER_HEALTH_PORT: '70000', REDIS_CHECK: 'ignore', MIGRATE_ON_BOOT: 'maybe' })).toEqual([
      'METRICS_TOKEN must be at least 16 characters long',
      'SHUTDOWN_TIMEOUT_MS must be a whole number from 100 to 600000 (got "soon")',
      'WORKER_HEALTH_PORT must be a whole number from 0 to 65535 (got "70000")',
      'REDIS_CHECK must be one of warn, refuse (got "ignore")',
      'MIGRATE_ON_BOOT must be true or false (got "maybe")',
    ]);
  });
});
