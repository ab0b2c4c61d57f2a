import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line written while handling one request or one job carries. */
export interface LogContext {
  /** The HTTP request's id, or for a job the id of the request whose mutation caused it. */
  requestId?: string;
  /** The job being run (its outbox message id). */
  jobId?: string;
  /** The GraphQL operation, once it is known. */
  operation?: string;
}

const storage = new AsyncLocalStorage<LogContext>();

/** Runs `work` with `context` visible to every log line and outbox message it leads to. */
export function withLogContext<T>(context: LogContext, work: () => T): T {
  return storage.run(context, work);
}

/** The context of the request or job being handled, if any. */
export function currentLogContext(): LogContext | undefined {
  return storage.getStore();
}
