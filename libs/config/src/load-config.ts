import { AppConfig, NodeEnv } from './app-config';

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

const NODE_ENVS: NodeEnv[] = ['development', 'test', 'production'];
const LOG_LEVELS: AppConfig['logLevel'][] = ['error', 'warn', 'log', 'debug'];

/**
 * Reads the environment into an AppConfig. Collects every problem before
 * failing so an operator fixes them all in one go.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);

  const nodeEnv = read.oneOf('NODE_ENV', NODE_ENVS, 'development');
  const config: AppConfig = {
    nodeEnv,
    host: read.string('HOST', '0.0.0.0'),
    port: read.integer('PORT', 3000, 1, 65535),
    databaseUrl: read.url('DATABASE_URL', undefined, ['postgres:', 'postgresql:']),
    databasePoolSize: read.integer('DATABASE_POOL_SIZE', 10, 1, 200),
    redisUrl: read.url('REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    redisPrefix: read.string('REDIS_PREFIX', 'samverkan'),
    jwtSecret: read.secret('JWT_SECRET', 32),
    accessTokenTtlSeconds: read.integer('ACCESS_TOKEN_TTL_SECONDS', 3600, 60, 7 * 24 * 3600),
    graphqlPlayground: read.boolean('GRAPHQL_PLAYGROUND', nodeEnv !== 'production'),
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'log'),
    outboxPollMs: read.integer('OUTBOX_POLL_MS', 1000, 50, 60_000),
    mail: {
      smtpUrl: read.optionalUrl('SMTP_URL', ['smtp:', 'smtps:']),
      from: read.string('MAIL_FROM', 'Samverkan <no-reply@samverkan.local>'),
      dropDir: read.string('MAIL_DROP_DIR', '.data/mail'),
    },
  };
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return config;
}

class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  private raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${value}")`);
      return fallback;
    }
    return parsed;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (['true', '1', 'yes'].includes(value.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(value.toLowerCase())) return false;
    this.problems.push(`${name} must be true or false (got "${value}")`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
      return fallback;
    }
    return value as T;
  }

  url(name: string, fallback: string | undefined, protocols: string[]): string {
    const value = this.raw(name) ?? fallback;
    if (value === undefined) {
      this.problems.push(`${name} is required (a ${protocols[0]}// URL)`);
      return '';
    }
    this.checkUrl(name, value, protocols);
    return value;
  }

  optionalUrl(name: string, protocols: string[]): string {
    const value = this.raw(name);
    if (value === undefined) return '';
    this.checkUrl(name, value, protocols);
    return value;
  }

  secret(name: string, minLength: number): string {
    const value = this.raw(name);
    if (value === undefined) {
      this.problems.push(`${name} is required (at least ${minLength} characters)`);
      return '';
    }
    if (value.length < minLength) {
      this.problems.push(`${name} must be at least ${minLength} characters long`);
    }
    return value;
  }

  private checkUrl(name: string, value: string, protocols: string[]): void {
    let protocol: string;
    try {
      protocol = new URL(value).protocol;
    } catch {
      this.problems.push(`${name} is not a valid URL`);
      return;
    }
    if (!protocols.includes(protocol)) {
      this.problems.push(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
    }
  }
}
