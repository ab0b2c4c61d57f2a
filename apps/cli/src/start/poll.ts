import { setTimeout as sleep } from 'node:timers/promises';
import { StartError } from './start-error';

export interface PollOptions {
  /** Named in the error when time runs out, e.g. "PostgreSQL to accept connections". */
  waitingFor: string;
  timeoutMs: number;
  intervalMs?: number;
  /** Aborted when waiting makes no sense any more (the process we wait for died). */
  signal?: AbortSignal;
}

/**
 * Calls `check` until it returns true. A check that throws counts as "not yet":
 * services refuse connections until they are ready.
 */
export async function pollUntil(check: () => Promise<boolean>, options: PollOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  const intervalMs = options.intervalMs ?? 250;
  for (;;) {
    if (options.signal?.aborted) throw abortReason(options.signal, options.waitingFor);
    if (await check().catch(() => false)) return;
    if (Date.now() >= deadline) {
      throw new StartError(`Gave up waiting for ${options.waitingFor} after ${Math.round(options.timeoutMs / 1000)} s`);
    }
    await sleep(intervalMs);
  }
}

function abortReason(signal: AbortSignal, waitingFor: string): Error {
  return signal.reason instanceof Error ? signal.reason : new StartError(`Stopped waiting for ${waitingFor}`);
}
