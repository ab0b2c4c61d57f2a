/**
 * Calendar dates (YYYY-MM-DD) and wall-clock times in IANA time zones, with
 * nothing but Intl: "the 29th at 08:00 in Europe/Stockholm" becomes one
 * instant, whichever side of a daylight-saving change it falls on.
 */

const MS_PER_DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether Intl knows the zone, e.g. Europe/Stockholm or UTC. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading in the zone at `instant`, as if it were a UTC time (whole seconds). */
function wallClockMs(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/** How far the zone's clocks are ahead of UTC at `instant`. */
function utcOffsetMs(instant: number, timeZone: string): number {
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  return wallClockMs(wholeSecond, timeZone) - wholeSecond;
}

function parseDate(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * The instant the zone's clocks show `hour`:`minute` on `date`. A time the
 * clocks skip (spring forward) is moved on by the gap; a time they show twice
 * (fall back) is the first of the two.
 */
export function zonedTimeToInstant(date: string, hour: number, minute: number, timeZone: string): Date {
  const [year, month, day] = parseDate(date);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // No zone changes its offset twice within two days, so the offsets a day
  // either side cover every instant the wall time can map to.
  const offsetBefore = utcOffsetMs(wall - MS_PER_DAY, timeZone);
  const offsetAfter = utcOffsetMs(wall + MS_PER_DAY, timeZone);
  const candidates = [wall - offsetBefore, wall - offsetAfter]
    .filter((instant) => wallClockMs(instant, timeZone) === wall)
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? wall - offsetBefore);
}

/** The calendar date in the zone at `instant`. */
export function zonedDateOf(instant: Date, timeZone: string): string {
  return new Date(wallClockMs(instant.getTime(), timeZone)).toISOString().slice(0, 10);
}

/** `date` moved by `days` calendar days (negative: earlier). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = parseDate(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
