import { SESSION_COOKIE, SessionCookieJar } from '@samverkan/auth';
import { CookieOptions, Request, Response } from 'express';

/** The bearer token of the Authorization header, if any. */
export function bearerTokenOf(req: Request): string | null {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return null;
  const [scheme, token] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : null;
}

/** The session cookie's secret (cookie-parser has read the Cookie header), if any. */
export function sessionSecretOf(req: Request): string | null {
  const value: unknown = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** SameSite=Strict: the browser sends it only on requests that start on this site. */
function cookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure, path: '/' };
}

/** The session cookie on an Express response. */
export class ExpressSessionCookie implements SessionCookieJar {
  constructor(
    private readonly res: Response,
    private readonly secure: boolean,
    readonly sessionId: string | null,
    readonly expired: boolean,
  ) {}

  set(secret: string, expiresAt: Date): void {
    this.res.cookie(SESSION_COOKIE, secret, { ...cookieOptions(this.secure), expires: expiresAt });
  }

  clear(): void {
    this.res.clearCookie(SESSION_COOKIE, cookieOptions(this.secure));
  }
}
