import { describeError, isLastAttempt, retryDelayMs } from './outbox-retry.policy';
import { JobName } from './queue.constants';

describe('retryDelayMs', () => {
  it('waits 30 s after the first failure and doubles after each further one', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it('never waits more than an hour, however many failures', () => {
    expect(retryDelayMs(8)).toBe(3_600_000);
    expect(retryDelayMs(5_000)).toBe(3_600_000);
  });

  it('rejects a count that is not a failure count', () => {
    expect(() => retryDelayMs(0)).toThrow(RangeError);
    expect(() => retryDelayMs(1.5)).toThrow(RangeError);
  });
});

describe('isLastAttempt', () => {
  it("uses the job's limit, or none", () => {
    expect(isLastAttempt(JobName.DELIVER_REPORT_COPY, 19)).toBe(false);
    expect(isLastAttempt(JobName.DELIVER_REPORT_COPY, 20)).toBe(true);
    expect(isLastAttempt(JobName.SEND_EMAIL, 1_000)).toBe(false);
  });

  it("lets a message's own limit win over its job's: an administrator's one-off attempt", () => {
    expect(isLastAttempt(JobName.DELIVER_REPORT_COPY, 1, 1)).toBe(true);
    expect(isLastAttempt(JobName.SEND_EMAIL, 1, 1)).toBe(true);
  });
});

describe('describeError', () => {
  it('keeps the error class and message', () => {
    expect(describeError(new TypeError('bad payload'))).toBe('TypeError: bad payload');
    expect(describeError('plain')).toBe('plain');
  });

  it('bounds what is stored', () => {
    const text = describeError(new Error('x'.repeat(10_000)));
    expect(text).toHaveLength(2_000);
    expect(text.endsWith('…')).toBe(true);
  });
});
