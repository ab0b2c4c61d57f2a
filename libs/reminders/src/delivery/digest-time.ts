import { DEFAULT_TIME_ZONE } from '../rules/reminder-timing';
import { addDays, zonedDateOf, zonedTimeToInstant } from '../time/local-time';

/** Digest e-mails go out once a day, at the end of the working day in Sweden, with what the day brought. */
export const DIGEST_TIME = { hour: 16, minute: 0, timeZone: DEFAULT_TIME_ZONE } as const;

/** The first digest time at or after `at`. */
export function nextDigestAt(at: Date): Date {
  const today = zonedDateOf(at, DIGEST_TIME.timeZone);
  const todays = zonedTimeToInstant(today, DIGEST_TIME.hour, DIGEST_TIME.minute, DIGEST_TIME.timeZone);
  return todays >= at ? todays : zonedTimeToInstant(addDays(today, 1), DIGEST_TIME.hour, DIGEST_TIME.minute, DIGEST_TIME.timeZone);
}
