import { AccessibilityConfig, AppConfig, ApplicationRole, NodeEnv, OidcConfig, OidcSignInConfig } from './app-config';

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export type Env = Record<string, string | undefined>;

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
    ...readDatabaseConnections(read),
    databasePoolSize: read.integer('DATABASE_POOL_SIZE', 10, 1, 200),
    databaseStatementTimeoutMs: read.integer('DATABASE_STATEMENT_TIMEOUT_MS', 15_000, 0, 600_000),
    redisUrl: read.url('REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    redisPrefix: read.string('REDIS_PREFIX', 'samverkan'),
    jwtSecret: read.secret('JWT_SECRET', 32),
    accessTokenTtlSeconds: read.integer('ACCESS_TOKEN_TTL_SECONDS', 3600, 60, 7 * 24 * 3600),
    sessionIdleMinutes: read.integer('SESSION_IDLE_MINUTES', 60, 1, 24 * 60),
    sessionMaxHours: read.integer('SESSION_MAX_HOURS', 12, 1, 30 * 24),
    graphqlPlayground: read.notInProduction('GRAPHQL_PLAYGROUND', nodeEnv),
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'log'),
    outboxPollMs: read.integer('OUTBOX_POLL_MS', 1000, 50, 60_000),
    workerConcurrency: read.integer('WORKER_CONCURRENCY', 4, 1, 100),
    reportCopiesConcurrency: read.integer('REPORT_COPIES_CONCURRENCY', 8, 1, 100),
    jobLockMs: read.integer('JOB_LOCK_MS', 10_000, 1_000, 600_000),
    stalledCheckMs: read.integer('STALLED_CHECK_MS', 5_000, 1_000, 600_000),
    mail: {
      smtpUrl: read.optionalUrl('SMTP_URL', ['smtp:', 'smtps:']),
      from: read.string('MAIL_FROM', 'Samverkan <no-reply@samverkan.local>'),
      dropDir: read.string('MAIL_DROP_DIR', '.data/mail'),
      maxConnections: read.integer('SMTP_MAX_CONNECTIONS', 5, 1, 100),
      maxMessagesPerConnection: read.integer('SMTP_MAX_MESSAGES_PER_CONNECTION', 100, 1, 100_000),
    },
    graphqlIntrospection: read.notInProduction('GRAPHQL_INTROSPECTION', nodeEnv),
    graphqlMaxDepth: read.integer('GRAPHQL_MAX_DEPTH', 10, 2, 100),
    graphqlMaxComplexity: read.integer('GRAPHQL_MAX_COMPLEXITY', 20_000, 10, 10_000_000),
    graphqlUnpagedListCost: read.integer('GRAPHQL_UNPAGED_LIST_COST', 10, 1, 1000),
    graphqlRootFieldCost: read.integer('GRAPHQL_ROOT_FIELD_COST', 50, 1, 10_000),
    graphqlMaxAliases: read.integer('GRAPHQL_MAX_ALIASES', 30, 0, 1000),
    graphqlMaxRootFields: read.integer('GRAPHQL_MAX_ROOT_FIELDS', 20, 1, 1000),
    graphqlMaxTokens: read.integer('GRAPHQL_MAX_TOKENS', 5000, 100, 1_000_000),
    graphqlAllowBatching: read.boolean('GRAPHQL_ALLOW_BATCHING', false),
    webhookAllowPrivateAddresses: read.boolean('WEBHOOK_ALLOW_PRIVATE_ADDRESSES', false),
    graphqlMaxBatchSize: read.integer('GRAPHQL_MAX_BATCH_SIZE', 10, 1, 100),
    requestBodyLimitBytes: read.integer('REQUEST_BODY_LIMIT_BYTES', 1_048_576, 1024, 50 * 1024 * 1024),
    requestTimeoutMs: read.integer('REQUEST_TIMEOUT_MS', 15_000, 100, 600_000),
    corsOrigins: read.origins('CORS_ORIGINS'),
    trustProxy: read.string('TRUST_PROXY', ''),
    rateLimitWindowSeconds: read.integer('RATE_LIMIT_WINDOW_SECONDS', 60, 1, 3600),
    rateLimitPerAddress: read.integer('RATE_LIMIT_PER_ADDRESS', 3000, 1, 1_000_000),
    rateLimitPerUser: read.integer('RATE_LIMIT_PER_USER', 1000, 1, 1_000_000),
    loginThrottleWindowSeconds: read.integer('LOGIN_THROTTLE_WINDOW_SECONDS', 900, 1, 86_400),
    loginMaxFailuresPerAccount: read.integer('LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1000),
    loginMaxFailuresPerAddress: read.integer('LOGIN_MAX_FAILURES_PER_ADDRESS', 50, 1, 100_000),
    publicUrl: read.optionalUrl('PUBLIC_URL', ['https:', 'http:']).replace(/\/+$/, ''),
    notificationRetentionDays: read.integer('NOTIFICATION_RETENTION_DAYS', 180, 1, 36_500),
    oidc: readOidc(read, nodeEnv),
    oidcSignIn: null,
    accessibility: readAccessibility(read),
  };
  config.oidcSignIn = readOidcSignIn(read, nodeEnv, config);
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return config;
}

/**
 * DATABASE_URL is the schema owner's connection (migrations), APP_DATABASE_URL
 * the application role's (api, worker, seed). The api and worker need only the
 * latter, so they need never hold the owner's credentials.
 */
function readDatabaseConnections(read: EnvReader): Pick<AppConfig, 'databaseUrl' | 'ownerDatabaseUrl' | 'applicationRole'> {
  const appDatabaseUrl = read.optionalUrl('APP_DATABASE_URL', ['postgres:', 'postgresql:']);
  const ownerDatabaseUrl = read.url('DATABASE_URL', appDatabaseUrl || undefined, ['postgres:', 'postgresql:']);
  return { databaseUrl: appDatabaseUrl || ownerDatabaseUrl, ownerDatabaseUrl, applicationRole: readApplicationRole(read, appDatabaseUrl) };
}

/** The user and password of APP_DATABASE_URL, the role the api and worker connect as. */
function readApplicationRole(read: EnvReader, appDatabaseUrl: string): ApplicationRole | null {
  if (appDatabaseUrl === '') return null;
  let url: URL;
  try {
    url = new URL(appDatabaseUrl);
  } catch {
    return null; // reported by optionalUrl
  }
  const name = decodeURIComponent(url.username);
  if (name === '') {
    read.problem('APP_DATABASE_URL must name its user (postgres://samverkan_app:password@host/database)');
    return null;
  }
  return { name, password: url.password === '' ? null : decodeURIComponent(url.password) };
}

/** All of OIDC_JWKS_URL, OIDC_ISSUER and OIDC_AUDIENCE, or none of them. */
function readOidc(read: EnvReader, nodeEnv: NodeEnv): OidcConfig | null {
  const jwksUrl = read.optionalUrl('OIDC_JWKS_URL', ['https:', 'http:']);
  const issuer = read.string('OIDC_ISSUER', '');
  const audience = read.string('OIDC_AUDIENCE', '');
  const userClaim = read.string('OIDC_USER_CLAIM', 'email');
  const jwksCacheSeconds = read.integer('OIDC_JWKS_CACHE_SECONDS', 600, 0, 86_400);
  const given = [jwksUrl, issuer, audience].filter((value) => value !== '').length;
  if (given === 0) return null;
  if (given < 3) read.problem('OIDC_JWKS_URL, OIDC_ISSUER and OIDC_AUDIENCE must be set together');
  if (nodeEnv === 'production' && jwksUrl.startsWith('http:')) read.problem('OIDC_JWKS_URL must use https:// in production');
  return { jwksUrl, issuer, audience, userClaim, jwksCacheSeconds };
}

/**
 * Browser sign-in at the provider: OIDC_CLIENT_ID turns it on, on top of the
 * token settings (the same issuer and user claim). The redirect URL is
 * OIDC_REDIRECT_URL, else PUBLIC_URL's /auth/oidc/callback.
 */
function readOidcSignIn(read: EnvReader, nodeEnv: NodeEnv, config: AppConfig): OidcSignInConfig | null {
  const clientId = read.string('OIDC_CLIENT_ID', '');
  const clientSecret = read.string('OIDC_CLIENT_SECRET', '');
  const scopes = read.string('OIDC_SCOPES', 'openid email');
  const configuredRedirect = read.optionalUrl('OIDC_REDIRECT_URL', ['https:', 'http:']);
  if (clientId === '') {
    if (clientSecret !== '' || configuredRedirect !== '') read.problem('OIDC_CLIENT_SECRET and OIDC_REDIRECT_URL need OIDC_CLIENT_ID');
    return null;
  }
  if (!config.oidc) {
    read.problem('OIDC_CLIENT_ID needs OIDC_JWKS_URL, OIDC_ISSUER and OIDC_AUDIENCE');
    return null;
  }
  const redirectUrl = configuredRedirect || (config.publicUrl && `${config.publicUrl}/auth/oidc/callback`);
  if (!redirectUrl) read.problem('OIDC_CLIENT_ID needs OIDC_REDIRECT_URL or PUBLIC_URL (where the provider sends people back)');
  if (!scopes.split(/\s+/).includes('openid')) read.problem('OIDC_SCOPES must include openid');
  if (nodeEnv === 'production' && (!config.oidc.issuer.startsWith('https:') || redirectUrl.startsWith('http:'))) {
    read.problem('OIDC_ISSUER and the redirect URL must use https:// in production');
  }
  return { issuer: config.oidc.issuer, clientId, clientSecret: clientSecret || null, redirectUrl, scopes, userClaim: config.oidc.userClaim };
}

function readAccessibility(read: EnvReader): AccessibilityConfig {
  const contactEmail = read.string('ACCESSIBILITY_CONTACT_EMAIL', '');
  if (contactEmail !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contactEmail)) read.problem(`ACCESSIBILITY_CONTACT_EMAIL must be an e-mail address (got "${contactEmail}")`);
  return { organisationName: read.string('ORGANISATION_NAME', ''), contactEmail };
}

/** Reads environment variables, adding one line to `problems` for each bad one; other processes' settings reuse it. */
export class EnvReader {
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

  /** Comma-separated browser origins such as https://samverkan.example. */
  origins(name: string): string[] {
    const origins = (this.raw(name) ?? '').split(',').map((o) => o.trim()).filter((o) => o !== '');
    for (const origin of origins) {
      let parsed: URL | undefined;
      try {
        parsed = new URL(origin);
      } catch {
        // reported below
      }
      if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
        this.problems.push(`${name} must list origins like https://host[:port], comma-separated (got "${origin}")`);
      }
    }
    return origins;
  }

  /** A switch that defaults to on outside production and must stay off in production. */
  notInProduction(name: string, nodeEnv: NodeEnv): boolean {
    const value = this.boolean(name, nodeEnv !== 'production');
    if (value && nodeEnv === 'production') this.problems.push(`${name} must not be true in production`);
    return value && nodeEnv !== 'production';
  }

  problem(message: string): void {
    this.problems.push(message);
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
