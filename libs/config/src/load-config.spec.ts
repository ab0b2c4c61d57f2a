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

  it('connects the api and worker as the application role of APP_DATABASE_URL, and migrates as the owner of DATABASE_URL', () => {
    const app = 'postgres://samverkan_app:p%40ss@db:5432/samverkan';
    expect(loadConfig({ ...valid, APP_DATABASE_URL: app })).toMatchObject({
      databaseUrl: app,
      ownerDatabaseUrl: valid.DATABASE_URL,
      applicationRole: { name: 'samverkan_app', password: 'p@ss' },
    });
    // The api and worker need not hold the owner's connection at all.
    expect(loadConfig({ JWT_SECRET: valid.JWT_SECRET, APP_DATABASE_URL: app })).toMatchObject({ databaseUrl: app, ownerDatabaseUrl: app });
    expect(loadConfig(valid)).toMatchObject({ databaseUrl: valid.DATABASE_URL, applicationRole: null });
    expect(problemsOf({ ...valid, APP_DATABASE_URL: 'postgres://db:5432/samverkan' })).toEqual([
      'APP_DATABASE_URL must name its user (postgres://samverkan_app:password@host/database)',
    ]);
  });

  it('rejects a short JWT secret', () => {
    expect(problemsOf({ ...valid, JWT_SECRET: 'short' })).toEqual(['JWT_SECRET must be at least 32 characters long']);
  });

  it('turns the playground off in production unless asked for', () => {
    expect(loadConfig({ ...valid, NODE_ENV: 'production' }).graphqlPlayground).toBe(false);
  });

  it('applies safe defaults to the security limits', () => {
    const config = loadConfig(valid);
    expect(config).toMatchObject({
      graphqlIntrospection: true,
      graphqlAllowBatching: false,
      webhookAllowPrivateAddresses: false,
      corsOrigins: [],
      trustProxy: '',
      oidc: null,
    });
    expect(config.graphqlMaxDepth).toBeGreaterThan(1);
    expect(config.loginMaxFailuresPerAccount).toBeLessThanOrEqual(10);
  });

  it('never allows introspection or the playground in production', () => {
    expect(loadConfig({ ...valid, NODE_ENV: 'production' }).graphqlIntrospection).toBe(false);
    expect(problemsOf({ ...valid, NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true', GRAPHQL_PLAYGROUND: 'yes' })).toEqual([
      'GRAPHQL_PLAYGROUND must not be true in production',
      'GRAPHQL_INTROSPECTION must not be true in production',
    ]);
  });

  it('reads CORS_ORIGINS as a list of exact origins', () => {
    expect(loadConfig({ ...valid, CORS_ORIGINS: 'https://a.example, http://localhost:5173' }).corsOrigins).toEqual(['https://a.example', 'http://localhost:5173']);
    expect(problemsOf({ ...valid, CORS_ORIGINS: 'https://a.example/app,*' })).toEqual([
      'CORS_ORIGINS must list origins like https://host[:port], comma-separated (got "https://a.example/app")',
      'CORS_ORIGINS must list origins like https://host[:port], comma-separated (got "*")',
    ]);
  });

  it('wants all of the OIDC settings or none, and https in production', () => {
    const oidc = { OIDC_JWKS_URL: 'https://idp.example/jwks', OIDC_ISSUER: 'https://idp.example', OIDC_AUDIENCE: 'samverkan' };
    expect(loadConfig({ ...valid, ...oidc }).oidc).toEqual({ jwksUrl: oidc.OIDC_JWKS_URL, issuer: oidc.OIDC_ISSUER, audience: 'samverkan', userClaim: 'email', jwksCacheSeconds: 600 });
    expect(problemsOf({ ...valid, OIDC_ISSUER: 'https://idp.example' })).toEqual(['OIDC_JWKS_URL, OIDC_ISSUER and OIDC_AUDIENCE must be set together']);
    expect(problemsOf({ ...valid, ...oidc, OIDC_JWKS_URL: 'http://idp.example/jwks', NODE_ENV: 'production' })).toEqual(['OIDC_JWKS_URL must use https:// in production']);
  });

  it('turns browser sign-in on with OIDC_CLIENT_ID on top of the token settings, sending people back to PUBLIC_URL', () => {
    const oidc = { OIDC_JWKS_URL: 'https://idp.example/jwks', OIDC_ISSUER: 'https://idp.example', OIDC_AUDIENCE: 'samverkan' };
    expect(loadConfig({ ...valid, ...oidc }).oidcSignIn).toBeNull();
    expect(loadConfig({ ...valid, ...oidc, OIDC_CLIENT_ID: 'samverkan', PUBLIC_URL: 'https://samverkan.example/' }).oidcSignIn).toEqual({
      issuer: 'https://idp.example',
      clientId: 'samverkan',
      clientSecret: null,
      redirectUrl: 'https://samverkan.example/auth/oidc/callback',
      scopes: 'openid email',
      userClaim: 'email',
    });
    expect(problemsOf({ ...valid, OIDC_CLIENT_ID: 'samverkan', PUBLIC_URL: 'https://samverkan.example' })).toEqual([
      'OIDC_CLIENT_ID needs OIDC_JWKS_URL, OIDC_ISSUER and OIDC_AUDIENCE',
    ]);
    expect(problemsOf({ ...valid, ...oidc, OIDC_CLIENT_ID: 'samverkan' })).toEqual([
      'OIDC_CLIENT_ID needs OIDC_REDIRECT_URL or PUBLIC_URL (where the provider sends people back)',
    ]);
    expect(problemsOf({ ...valid, ...oidc, NODE_ENV: 'production', OIDC_CLIENT_ID: 'samverkan', OIDC_REDIRECT_URL: 'http://samverkan.example/auth/oidc/callback' })).toEqual([
      'OIDC_ISSUER and the redirect URL must use https:// in production',
    ]);
    expect(problemsOf({ ...valid, OIDC_CLIENT_SECRET: 'secret' })).toEqual(['OIDC_CLIENT_SECRET and OIDC_REDIRECT_URL need OIDC_CLIENT_ID']);
  });

  it('reads the accessibility statement\'s organisation and contact address', () => {
    expect(loadConfig(valid).accessibility).toEqual({ organisationName: '', contactEmail: '' });
    expect(loadConfig({ ...valid, ORGANISATION_NAME: 'Jämställdhetsmyndigheten', ACCESSIBILITY_CONTACT_EMAIL: 'tillganglighet@jamy.example' }).accessibility).toEqual({
      organisationName: 'Jämställdhetsmyndigheten',
      contactEmail: 'tillganglighet@jamy.example',
    });
    expect(problemsOf({ ...valid, ACCESSIBILITY_CONTACT_EMAIL: 'nobody' })).toEqual(['ACCESSIBILITY_CONTACT_EMAIL must be an e-mail address (got "nobody")']);
  });
});
