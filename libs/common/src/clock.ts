import { Global, Injectable, Module } from '@nestjs/common';

/** The zone of the plan's calendar: due dates are Swedish dates, and "today" is today in Sweden. */
export const PLAN_TIME_ZONE = 'Europe/Stockholm';

const SWEDISH_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: PLAN_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Sweden (YYYY-MM-DD) at an instant: from midnight Swedish time, whatever the server's zone. */
export function swedishDate(at: Date): string {
  return SWEDISH_DATE.format(at);
}

/**
 * The one clock for rules that depend on the date or time (late, overdue,
 * stale, due soon). Injected, so tests can move time without waiting.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's date in Sweden, YYYY-MM-DD. */
  today(): string {
    return swedishDate(this.now());
  }
}

/** One Clock for the whole application, whichever modules import this. */
@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
