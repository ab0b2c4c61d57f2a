import { AppConfig } from '@samverkan/config';
import { NextFunction, Request, Response } from 'express';

/** The API serves JSON only: nothing may load, frame or submit anything. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** GraphiQL (development only) loads its scripts and styles from unpkg and talks to this origin. */
const GRAPHIQL_CSP =
  "default-src 'none'; script-src 'unsafe-inline' https://unpkg.com; style-src 'unsafe-inline' https://unpkg.com; " +
  "img-src 'self' data: https://unpkg.com; font-src https://unpkg.com; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Security headers on every response. Strict-Transport-Security only in
 * production, where TLS is terminated in front of the api.
 */
export function securityHeaders(config: Pick<AppConfig, 'nodeEnv' | 'graphqlPlayground'>) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const servesGraphiql = config.graphqlPlayground && req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    res.setHeader('Content-Security-Policy', servesGraphiql ? GRAPHIQL_CSP : API_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    // Answers carry plan data and are per caller: no shared cache may keep them.
    res.setHeader('Cache-Control', 'no-store');
    if (config.nodeEnv === 'production') res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}
