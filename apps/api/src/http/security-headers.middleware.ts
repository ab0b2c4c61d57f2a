import { AppConfig } from '@samverkan/config';
import { NextFunction, Request, Response } from 'express';

/** The API serves JSON only: nothing may load, frame or submit anything. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Security headers on every response. Strict-Transport-Security only in
 * production, where TLS is terminated in front of the api.
 */
export function securityHeaders(config: Pick<AppConfig, 'nodeEnv'>) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    // The development console sets its own, as strict, for its one page.
    res.setHeader('Content-Security-Policy', API_CSP);
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
