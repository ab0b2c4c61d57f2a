import { Injectable } from '@nestjs/common';

const SWEDISH_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Sweden (YYYY-MM-DD): due dates are Swedish working days. */
export function swedishDate(at: Date): string {
  return SWEDISH_DATE.format(at);
}

/**
 * The current time for rules that depend on it (stale, overdue, due soon).
 * Injected, so tests can move time without waiting.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  today(): string {
    return swedishDate(this.now());
  }
}
