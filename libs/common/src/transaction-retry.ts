/**
 * SQLSTATEs after which PostgreSQL has rolled the whole transaction back and
 * running it again may well succeed: serialization_failure and
 * deadlock_detected.
 */
const TRANSIENT_SQLSTATES: ReadonlySet<string> = new Set(['40001', '40P01']);

/** Runs of a transaction in all, the first included. */
export const TRANSACTION_ATTEMPTS = 5;

/** Whether the error is a transaction PostgreSQL aborted to resolve a conflict, rather than a fault of the work. */
export function isTransientTransactionFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  // TypeORM's QueryFailedError carries the driver's code, as does pg's own error.
  const code = (error as { code?: unknown }).code ?? (error as { driverError?: { code?: unknown } }).driverError?.code;
  return typeof code === 'string' && TRANSIENT_SQLSTATES.has(code);
}

/**
 * Runs `transaction` again, after a short random pause, when PostgreSQL
 * aborted it as a deadlock victim or for a serialization failure, so such a
 * conflict is resolved in the server instead of reaching the caller as an
 * error. `mayRetry` can stop early, e.g. once a request's deadline has passed.
 * Each run must be a whole transaction: the aborted one left nothing behind.
 */
export async function retryTransientFailures<T>(transaction: () => Promise<T>, mayRetry: () => boolean = () => true): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= TRANSACTION_ATTEMPTS || !isTransientTransactionFailure(error) || !mayRetry()) throw error;
      // Random, growing pauses keep the transactions that collided from colliding again in step.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** attempt));
    }
  }
}
