/** A service the API cannot work without. */
export type Dependency = 'postgres' | 'redis';

/** How long a client is asked to wait before trying again while a dependency is down. */
export const DEPENDENCY_RETRY_AFTER_SECONDS = 5;

/**
 * SQLSTATEs of a PostgreSQL that is going away, restarting or unreachable:
 * connection exceptions (class 08) and operator intervention (57P01–57P03).
 */
const POSTGRES_DOWN_SQLSTATES: ReadonlySet<string> = new Set(['08000', '08001', '08003', '08004', '08006', '57P01', '57P02', '57P03']);
/** Socket errors of a connection that could not be made or was cut. */
const SOCKET_ERRORS: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** What node-postgres says when a connection ends or cannot be had in time. */
const POSTGRES_CLIENT_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /is not queryable/,
  /^Client was closed and is not queryable/,
];
/** What ioredis says when Redis is unreachable and a command cannot wait for it. */
const REDIS_MESSAGES = [/^Reached the max retries per request limit/, /^Stream isn't writeable and enableOfflineQueue options is false/, /^Connection is closed\.?$/];

/**
 * The dependency whose absence caused the error, or null for any other
 * error. Looks through TypeORM's driverError and GraphQL's originalError.
 */
export function unavailableDependency(error: unknown): Dependency | null {
  for (let cause = error, depth = 0; typeof cause === 'object' && cause !== null && depth < 5; depth += 1) {
    const { code, message, name } = cause as { code?: unknown; message?: unknown; name?: unknown };
    const text = typeof message === 'string' ? message : '';
    if (name === 'MaxRetriesPerRequestError' || REDIS_MESSAGES.some((pattern) => pattern.test(text))) return 'redis';
    if (typeof code === 'string' && (POSTGRES_DOWN_SQLSTATES.has(code) || SOCKET_ERRORS.has(code))) return 'postgres';
    if (POSTGRES_CLIENT_MESSAGES.some((pattern) => pattern.test(text))) return 'postgres';
    const next = cause as { driverError?: unknown; originalError?: unknown; cause?: unknown };
    cause = next.driverError ?? next.originalError ?? next.cause;
  }
  return null;
}
