import { nextDigestAt } from './digest-time';

describe('nextDigestAt', () => {
  it('is 16:00 in Stockholm the same day, or the next day once that has passed', () => {
    expect(nextDigestAt(new Date('2021-03-01T07:00:00Z')).toISOString()).toBe('2021-03-01T15:00:00.000Z');
    expect(nextDigestAt(new Date('2021-03-01T15:00:00Z')).toISOString()).toBe('2021-03-01T15:00:00.000Z');
    expect(nextDigestAt(new Date('2021-03-01T15:00:01Z')).toISOString()).toBe('2021-03-02T15:00:00.000Z');
    // Across the change to summer time, 16:00 is 14:00 UTC.
    expect(nextDigestAt(new Date('2021-03-27T16:00:00Z')).toISOString()).toBe('2021-03-28T14:00:00.000Z');
  });
});
