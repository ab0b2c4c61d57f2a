import { Clock, swedishDate } from './clock';

describe('swedishDate', () => {
  it('turns the date at midnight in Stockholm, not at midnight UTC', () => {
    // Winter (UTC+1): 23:00 UTC on 31 December is already New Year's Day in Sweden.
    expect(swedishDate(new Date('2025-12-31T22:59:59Z'))).toBe('2025-12-31');
    expect(swedishDate(new Date('2025-12-31T23:00:00Z'))).toBe('2026-01-01');
    // Summer (UTC+2): the day turns at 22:00 UTC.
    expect(swedishDate(new Date('2026-03-31T21:59:59Z'))).toBe('2026-03-31');
    expect(swedishDate(new Date('2026-03-31T22:00:00Z'))).toBe('2026-04-01');
  });

  it('counts the day the clocks change as one day', () => {
    // 29 March 2026 starts at 23:00 UTC the day before and ends at 22:00 UTC (the clocks go forward at 02:00).
    expect(swedishDate(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    expect(swedishDate(new Date('2026-03-29T21:59:59Z'))).toBe('2026-03-29');
  });
});

describe('Clock', () => {
  it('answers today in Sweden for its now', () => {
    const clock = new Clock();
    jest.spyOn(clock, 'now').mockReturnValue(new Date('2027-03-31T22:30:00Z'));
    expect(clock.today()).toBe('2027-04-01');
  });
});
