import { addDays, isTimeZone, zonedDateOf, zonedTimeToInstant } from './local-time';

const STOCKHOLM = 'Europe/Stockholm';

describe('zonedTimeToInstant', () => {
  it.each([
    // Spring forward: 2021-03-28 and 2026-03-29, 02:00 CET becomes 03:00 CEST.
    ['2021-03-27', '2021-03-27T07:00:00.000Z'],
    ['2021-03-28', '2021-03-28T06:00:00.000Z'],
    ['2021-03-29', '2021-03-29T06:00:00.000Z'],
    ['2026-03-28', '2026-03-28T07:00:00.000Z'],
    ['2026-03-29', '2026-03-29T06:00:00.000Z'],
    // Fall back: 2021-10-31 and 2026-10-25, 03:00 CEST becomes 02:00 CET.
    ['2021-10-30', '2021-10-30T06:00:00.000Z'],
    ['2021-10-31', '2021-10-31T07:00:00.000Z'],
    ['2026-10-24', '2026-10-24T06:00:00.000Z'],
    ['2026-10-25', '2026-10-25T07:00:00.000Z'],
  ])('puts 08:00 in Stockholm on %s at %s', (date, expected) => {
    expect(zonedTimeToInstant(date, 8, 0, STOCKHOLM).toISOString()).toBe(expected);
  });

  it('moves a time the clocks skip on by the gap', () => {
    expect(zonedTimeToInstant('2026-03-29', 2, 30, STOCKHOLM).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the first of a time the clocks show twice', () => {
    expect(zonedTimeToInstant('2026-10-25', 2, 30, STOCKHOLM).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('handles midnight and zones far from UTC', () => {
    expect(zonedTimeToInstant('2021-01-01', 0, 0, STOCKHOLM).toISOString()).toBe('2020-12-31T23:00:00.000Z');
    expect(zonedTimeToInstant('2021-03-14', 8, 15, 'America/New_York').toISOString()).toBe('2021-03-14T12:15:00.000Z');
    expect(zonedTimeToInstant('2021-06-01', 23, 59, 'Pacific/Auckland').toISOString()).toBe('2021-06-01T11:59:00.000Z');
    expect(zonedTimeToInstant('2021-06-01', 8, 0, 'UTC').toISOString()).toBe('2021-06-01T08:00:00.000Z');
  });
});

describe('zonedDateOf', () => {
  it('gives the local calendar date', () => {
    expect(zonedDateOf(new Date('2021-03-27T23:30:00Z'), STOCKHOLM)).toBe('2021-03-28');
    expect(zonedDateOf(new Date('2021-03-27T22:30:00Z'), STOCKHOLM)).toBe('2021-03-27');
  });
});

describe('addDays', () => {
  it('counts calendar days across month, year and leap-day boundaries', () => {
    expect(addDays('2021-03-31', -30)).toBe('2021-03-01');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
  });
});

describe('isTimeZone', () => {
  it('knows IANA zones and nothing else', () => {
    expect(isTimeZone(STOCKHOLM)).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Europe/Gothenburg')).toBe(false);
    expect(isTimeZone('+01:00 or so')).toBe(false);
  });
});
