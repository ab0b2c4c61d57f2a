import { JOB_MAX_ATTEMPTS } from './queue.constants';

const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 60 * 60_000;
const MAX_ERROR_LENGTH = 2_000;

/**
 * How long a failed message waits before the relay offers it again:
 * 30 s after the first failure, doubling, at most an hour. The row keeps the
 * count and the last error for an operator to look at.
 */
export function retryDelayMs(failedAttempts: number): number {
  if (!Number.isInteger(failedAttempts) || failedAttempts < 1) {
    throw new RangeError(`failedAttempts must be a whole number from 1 (got ${failedAttempts})`);
  }
  return Math.min(FIRST_RETRY_MS * 2 ** (failedAttempts - 1), MAX_RETRY_MS);
}

/**
 * Whether this failure used up the message's attempts: its own limit if it
 * has one, else its job's (JOB_MAX_ATTEMPTS); jobs without a limit never die.
 */
export function isLastAttempt(jobName: string, failedAttempts: number, messageLimit: number | null = null): boolean {
  const limit = messageLimit ?? JOB_MAX_ATTEMPTS[jobName as keyof typeof JOB_MAX_ATTEMPTS];
  return limit !== undefined && failedAttempts >= limit;
}

/** The error text kept in last_error: the message only, bounded in size. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}
