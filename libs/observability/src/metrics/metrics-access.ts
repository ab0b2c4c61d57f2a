import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether a scrape may read the metrics: always when no token is configured,
 * else only with `Authorization: Bearer <token>`. Compared in constant time.
 */
export function mayReadMetrics(authorization: string | undefined, token: string): boolean {
  if (token === '') return true;
  const [scheme, given] = (authorization ?? '').split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !given) return false;
  const digest = (value: string): Buffer => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(token));
}
