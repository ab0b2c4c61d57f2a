/**
 * Control characters no text field may hold: PostgreSQL cannot store NUL in
 * text at all, and the other C0 controls (tab, line feed and carriage return
 * aside) have no place in plan text and only confuse exports and mail.
 */
const UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const UNSTORABLE_TEXT_MESSAGE = 'Text must not contain NUL or other control characters';

/**
 * The dotted path of the first string anywhere in `value` (objects and arrays
 * walked, keys included) holding a control character, or null. Every input
 * passes through this before validation, so no text field or filter, present
 * or future, can reach the database with one.
 */
export function findUnstorableText(value: unknown, path: string): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path === '' ? key : `${path}.${key}`;
    if (UNSTORABLE.test(key)) return childPath;
    const found = findUnstorableText(child, childPath);
    if (found !== null) return found;
  }
  return null;
}
