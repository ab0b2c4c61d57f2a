import { createHash, randomBytes } from 'node:crypto';

/** The cookie a browser signs in with; HttpOnly, so no script can read it. */
export const SESSION_COOKIE = 'samverkan_session';

/**
 * The session cookie of one HTTP request: which session it authenticated,
 * and how to set or clear the cookie on the response.
 */
export interface SessionCookieJar {
  /** The server-side session the request was authenticated by; null when it carried none, or a bearer token decided. */
  readonly sessionId: string | null;
  /** The cookie named a session that ran out (idle or absolute lifetime): the caller must sign in again. */
  readonly expired: boolean;
  set(secret: string, expiresAt: Date): void;
  clear(): void;
}

/** A new session secret: 256 random bits. Only its hash is stored. */
export function newSessionSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 is enough for 256 random bits: there is nothing to guess, so no slow hash is needed. */
export function hashSessionSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
