import { AppConfig } from '@samverkan/config';
import { expectedJobTrouble, jobLockMs } from './job-dispatcher.service';
import { QueueName } from './queue.constants';

describe('jobLockMs', () => {
  const config = { jobLockMs: 10_000 } as AppConfig;

  it('locks jobs for JOB_LOCK_MS, so a dead worker is taken over soon, and upkeep for at least two minutes', () => {
    expect(jobLockMs(QueueName.REPORT_COPIES, config)).toBe(10_000);
    expect(jobLockMs(QueueName.REMINDERS, config)).toBe(10_000);
    expect(jobLockMs(QueueName.MAINTENANCE, config)).toBe(120_000);
    expect(jobLockMs(QueueName.MAINTENANCE, { jobLockMs: 300_000 } as AppConfig)).toBe(300_000);
  });
});

describe('expectedJobTrouble', () => {
  it('explains what BullMQ reports after a flush or a lock that ran out', () => {
    expect(expectedJobTrouble(new Error('Missing key for job 1f. moveToFinished'))).toMatch(/no longer in Redis/);
    expect(expectedJobTrouble(new Error('could not renew lock for job 1f'))).toMatch(/outlived its lock/);
    expect(expectedJobTrouble(new Error('Missing lock for job 1f. moveToFinished'))).toMatch(/outlived its lock/);
  });

  it('leaves other errors to be logged as errors', () => {
    expect(expectedJobTrouble(new Error('Connection is closed.'))).toBeNull();
  });
});
