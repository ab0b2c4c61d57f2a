export type NodeEnv = 'development' | 'test' | 'production';

/** Every setting the processes read, typed and validated once at boot. */
export interface AppConfig {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  /**
   * The connection this process works through: APP_DATABASE_URL when set (the
   * application role, which owns nothing), else DATABASE_URL.
   */
  databaseUrl: string;
  /** DATABASE_URL: the role that owns the schema and runs the migrations (else APP_DATABASE_URL). */
  ownerDatabaseUrl: string;
  /** The role in APP_DATABASE_URL, which the migrate command grants the api's and worker's privileges; null when not set. */
  applicationRole: ApplicationRole | null;
  databasePoolSize: number;
  databaseStatementTimeoutMs: number;
  redisUrl: string;
  redisPrefix: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  /** A browser session ends after this many minutes without a request. */
  sessionIdleMinutes: number;
  /** A browser session ends this many hours after sign-in, however active. */
  sessionMaxHours: number;
  graphqlPlayground: boolean;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
  outboxPollMs: number;
  /** Outbox jobs a worker process runs at once on each queue; each one holds a database connection while it runs. */
  workerConcurrency: number;
  /** The same for the report-copies queue, which gets bursts of copies when reports are submitted. */
  reportCopiesConcurrency: number;
  /** BullMQ's lock on a running job: renewed every half of it, and once it runs out (its worker died) the job may be taken over. */
  jobLockMs: number;
  /** How often each worker looks for jobs whose lock ran out, and takes them over. */
  stalledCheckMs: number;
  mail: {
    /** smtp://user:pass@host:port, or empty to write messages to mailDropDir. */
    smtpUrl: string;
    from: string;
    dropDir: string;
    /** SMTP connections kept open and reused, per process. */
    maxConnections: number;
    /** Messages sent over one connection before it is replaced. */
    maxMessagesPerConnection: number;
  };
  /** Serve schema introspection; never in production. */
  graphqlIntrospection: boolean;
  graphqlMaxDepth: number;
  graphqlMaxComplexity: number;
  /** Cost multiplier of a list field that takes no `first` argument. */
  graphqlUnpagedListCost: number;
  /** Cost of a root field on its own, besides what it selects. */
  graphqlRootFieldCost: number;
  /** Aliased fields per document, checked before validation. */
  graphqlMaxAliases: number;
  /** Root fields per operation, checked before validation. */
  graphqlMaxRootFields: number;
  /** Lexical tokens per document, checked while parsing. */
  graphqlMaxTokens: number;
  /** Accept a JSON array of operations in one request. */
  graphqlAllowBatching: boolean;
  /** Let report-copy webhooks reach loopback, link-local and private addresses (development and tests). */
  webhookAllowPrivateAddresses: boolean;
  graphqlMaxBatchSize: number;
  requestBodyLimitBytes: number;
  requestTimeoutMs: number;
  /** Browser origins allowed to call the API; empty: no cross-origin access. */
  corsOrigins: string[];
  /** Express "trust proxy": empty to use the socket address, else hop count or addresses of the proxies. */
  trustProxy: string;
  rateLimitWindowSeconds: number;
  rateLimitPerAddress: number;
  rateLimitPerUser: number;
  loginThrottleWindowSeconds: number;
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerAddress: number;
  /** Where people reach the API from outside, e.g. https://samverkan.example.se; '' when unknown (addresses are then paths). */
  publicUrl: string;
  /** Read notifications are deleted this many days after they were read. */
  notificationRetentionDays: number;
  /** Single sign-on with the agencies' identity provider; null when not configured. */
  oidc: OidcConfig | null;
  /** Signing in from a browser at the identity provider (authorization code flow with PKCE); null when not configured. */
  oidcSignIn: OidcSignInConfig | null;
  /** Who runs the service and where its users report accessibility problems (the accessibility statement). */
  accessibility: AccessibilityConfig;
}

export interface ApplicationRole {
  name: string;
  /** From APP_DATABASE_URL; null when the server trusts the connection without one. */
  password: string | null;
}

export interface OidcConfig {
  jwksUrl: string;
  issuer: string;
  audience: string;
  /** The claim holding the user's e-mail address. */
  userClaim: string;
  jwksCacheSeconds: number;
}

export interface OidcSignInConfig {
  issuer: string;
  clientId: string;
  /** null for a public client, which proves itself with PKCE alone. */
  clientSecret: string | null;
  /** Registered at the provider: this api's /auth/oidc/callback as people reach it. */
  redirectUrl: string;
  scopes: string;
  /** The claim holding the person's e-mail address (OIDC_USER_CLAIM). */
  userClaim: string;
}

export interface AccessibilityConfig {
  /** The organisation responsible for the service; '' when not configured. */
  organisationName: string;
  /** Where people report inaccessible content or ask for it in another form; '' when not configured. */
  contactEmail: string;
}
