import { INestApplicationContext, Logger } from '@nestjs/common';

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;
/** Time for closing connections after the drain, before the process gives up and exits anyway. */
const CLOSE_MARGIN_MS = 5_000;

export interface ShutdownOptions {
  /** How long what is in flight may take to finish. */
  timeoutMs: number;
  /** Stops taking work and waits for what is in flight (the api's requests); the worker's jobs are waited for by app.close(). */
  drain?: () => Promise<void>;
}

/**
 * On SIGTERM or SIGINT: drain, close the application (its hooks finish
 * active jobs and close PostgreSQL and Redis), exit 0. Past the timeout it
 * exits 1: whatever is still running is cut off, its transaction rolls back,
 * and its job is run again by another worker (BullMQ's stalled check, the relay).
 */
export function closeOnTerminationSignal(app: INestApplicationContext, { timeoutMs, drain }: ShutdownOptions): void {
  const logger = new Logger('Shutdown');
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: shutting down, finishing work in flight (at most ${timeoutMs} ms)`);
    setTimeout(() => {
      logger.error(`Shutdown did not finish within ${timeoutMs + CLOSE_MARGIN_MS} ms; exiting with work cut off`);
      process.exit(1);
    }, timeoutMs + CLOSE_MARGIN_MS).unref();
    try {
      await drain?.();
      await app.close();
      logger.log('Stopped cleanly');
      process.exit(0);
    } catch (error) {
      logger.error(`Shutdown failed: ${(error as Error).message}`, (error as Error).stack);
      process.exit(1);
    }
  };
  for (const signal of SIGNALS) process.on(signal, () => void stop(signal));
}
