import { ConfigValidationError, loadConfig } from './load-config';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/samverkan',
  JWT_SECRET: 'x'.repeat(32),
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('applies defaults when only the required variables are set', () => {
    const config = loadConfig(valid);
    expect(config.port).toBe(3000);
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.nodeEnv).toBe('development');
    expect(config.graphqlPlayground).toBe(true);
  });

  it('reports one line for every missing or malformed variable', () => {
    const problems = problemsOf({ PORT: 'eighty', REDIS_URL: 'http://x', NODE_ENV: 'staging' });
    expect(problems).toEqual([
      'NODE_ENV must be one of development, test, production (got "staging")',
      'PORT must be a whole number from 1 to 65535 (got "eighty")',
      'DATABASE_URL is required (a postgres:// URL)',
      'REDIS_URL must start with redis:// or rediss://',
      'JWT_SECRET is required (at least 32 characters)',
    ]);
  });

  it('rejects a short JWT secret', () => {
    expect(problemsOf({ ...valid, JWT_SECRET: 'short' })).toEqual(['JWT_SECRET must be at least 32 characters long']);
  });

  it('turns the playground off in production unless asked for', () => {
    expect(loadConfig({ ...valid, NODE_ENV: 'production' }).graphqlPlayground).toBe(false);
  });
});
