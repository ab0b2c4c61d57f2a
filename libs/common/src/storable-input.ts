/**
 * Control characters no text field may hold: PostgreSQL cannot store NUL in
 * text at all, and the other C0 controls (tab, line feed and carriage return
 * aside) have no place in plan text and only confuse exports and mail.
 */
const UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Instants any timestamp argument may name: far wider than any plan, well inside what PostgreSQL and date arithmetic hold. */
export const EARLIEST_INSTANT = Date.UTC(1900, 0, 1);
export const LATEST_INSTANT = Date.UTC(3000, 0, 1);

export interface UnstorableInput {
  /** Dotted path of the offending value below the argument. */
  path: string;
  message: string;
}

/**
 * The first value anywhere in `value` (objects and arrays walked, keys
 * included) that the database cannot store: a string holding a control
 * character, or a time outside EARLIEST_INSTANT–LATEST_INSTANT. Every input
 * passes through this before validation, so no text field, filter or
 * timestamp, present or future, reaches PostgreSQL with one.
 */
export function findUnstorableInput(value: unknown, path: string): UnstorableInput | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? { path, message: 'Text must not contain NUL or other control characters' } : null;
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) || time < EARLIEST_INSTANT || time >= LATEST_INSTANT ? { path, message: 'The time must lie between the years 1900 and 2999' } : null;
  }
  if (value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path === '' ? key : `${path}.${key}`;
    if (UNSTORABLE.test(key)) return { path: childPath, message: 'Names must not contain control characters' };
    const found = findUnstorableInput(child, childPath);
    if (found !== null) return found;
  }
  return null;
}
