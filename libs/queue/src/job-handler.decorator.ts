import { SetMetadata } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobName, JobPayloads } from './queue.constants';

export const HANDLES_JOB = 'samverkan:handles-job';

/**
 * Runs one job. `tx` is the transaction that marks the message completed:
 * database writes made through it commit exactly once, together with that mark.
 */
export type JobHandler<N extends JobName = JobName> = (payload: JobPayloads[N], tx: EntityManager) => Promise<void>;

/** Marks a provider method as the handler of one job; the worker finds it at boot. */
export function HandlesJob<N extends JobName>(jobName: N) {
  return <H extends JobHandler<N>>(target: object, method: string | symbol, descriptor: TypedPropertyDescriptor<H>): void => {
    SetMetadata(HANDLES_JOB, jobName)(target, method, descriptor);
  };
}
