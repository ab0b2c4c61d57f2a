import { createServer } from 'node:http';
import { AddressInfo, createServer as createNetServer } from 'node:net';
import type { Account } from 'oidc-provider';

/** A real OpenID provider for the journeys: oidc-provider on 127.0.0.1 with its development sign-in pages. */
export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  /** The provider's own cookies (its session), which live beside the api's on 127.0.0.1. */
  sessionCookieNames: readonly string[];
  close(): Promise<void>;
}

/** A port nobody listens on right now, for a server that must know its address before it starts. */
export async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

/**
 * Any login name signs in at the provider's development pages (any password);
 * the name is the account's e-mail address, verified. The one client is
 * public (no secret) and must use PKCE.
 */
export async function startIdentityProvider({ redirectUri, clientId = 'samverkan-web' }: { redirectUri: string; clientId?: string }): Promise<TestIdentityProvider> {
  // ESM-only: Jest transforms it (jest.config.js), and a dynamic import keeps it out of every other suite.
  const { default: Provider } = await import('oidc-provider');
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, redirect_uris: [redirectUri], token_endpoint_auth_method: 'none', grant_types: ['authorization_code'], response_types: ['code'] }],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: (_context: unknown, accountId: string): Account => ({
      accountId,
      claims: () => ({ sub: accountId, email: accountId, email_verified: true }),
    }),
    cookies: { keys: ['identity-provider-test-cookie-key'] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    clientId,
    sessionCookieNames: ['_session', '_session.sig', '_session.legacy', '_session.legacy.sig'],
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
