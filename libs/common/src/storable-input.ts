/**
 * Control characters no text field may hold: PostgreSQL cannot store NUL in
 * text at all, and the other C0 controls (tab, line feed and carriage return
 * aside) have no place in plan text and only confuse exports and mail.
 */
const UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Half of a UTF-16 pair without its other half: no character at all, and validators that encode the text throw on it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorable = (text: string): boolean => UNSTORABLE.test(text) || LONE_SURROGATE.test(text);

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
  if (typeof value === 'string') return unstorable(value) ? { path, message: 'Text must not contain NUL, other control characters or unpaired surrogates' } : null;
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) || time < EARLIEST_INSTANT || time >= LATEST_INSTANT ? { path, message: 'The time must lie between the years 1900 and 2999' } : null;
  }
  if (value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path === '' ? key : `${path}.${key}`;
    if (unstorable(key)) return { path: childPath, message: 'Names must not contain control characters' };
    const found = findUnstorableInput(child, childPath);
    if (found !== null) return found;
  }
  return null;
}

const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g');
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/**
 * Text the system itself stores from what a caller sent (the target id and
 * message of a refused mutation's audit row): control characters dropped, a
 * lone surrogate (which PostgreSQL's JSON refuses) made U+FFFD, and cut to
 * `maxLength`, so recording a refusal can never fail on the input refused.
 */
export function toStorableText(text: string, maxLength = 1000): string {
  // Cut first: a cut may split a pair, and the half left is replaced too.
  return text.replace(UNSTORABLE_ALL, '').slice(0, maxLength).replace(LONE_SURROGATES, '\uFFFD');
}
