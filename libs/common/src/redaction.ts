/**
 * Removes secrets from what is about to be logged: bearer and API tokens,
 * JWTs, password hashes, passwords in URLs, and the values of fields whose
 * names say they are secret. Logs go to places with wider access than the
 * database; nothing in them may let a reader act as someone else.
 */

export const REDACTED = '[REDACTED]';

const SECRET_FIELD = /pass(word|wd|phrase)?$|secret|token$|authorization|cookie|api[-_]?key|credential|private[-_]?key/i;

const SECRET_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  // "Authorization: Bearer x", "authorization=Basic x"
  [/\b(authorization["']?\s*[:=]\s*["']?)[A-Za-z]+\s+[^\s"',;}]+/gi, `$1${REDACTED}`],
  [/\bbearer\s+[A-Za-z0-9._~+/=-]+/gi, `Bearer ${REDACTED}`],
  // JWTs (ours and the identity provider's) wherever they appear
  [/\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, REDACTED],
  // Integration API tokens
  [/\bsvk_[A-Za-z0-9_-]{16,}/g, REDACTED],
  // bcrypt hashes
  [/\$2[aby]?\$\d{2}\$[./A-Za-z0-9]{53}/g, REDACTED],
  // user:password@ in URLs (postgres://, redis://, smtp://)
  [/\b([a-z][a-z0-9+.-]*:\/\/[^:/?#\s@]*:)[^@/?#\s]+@/gi, `$1${REDACTED}@`],
  // password=..., "newPassword":"...", secret: ...
  [/(["']?\b[\w-]*(?:password|passwd|secret|token)["']?\s*[:=]\s*)("(?:[^"\\]|\\.)*"|'[^']*'|[^\s,;&}]+)/gi, `$1${REDACTED}`],
];

export function redactText(text: string): string {
  return SECRET_PATTERNS.reduce((redacted, [pattern, replacement]) => redacted.replace(pattern, replacement), text);
}

/** A copy of `value` with secrets replaced; strings are scanned, secret-named fields blanked. */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (value instanceof Error) {
    const copy = new Error(redactText(value.message));
    copy.name = value.name;
    copy.stack = value.stack === undefined ? undefined : redactText(value.stack);
    return copy;
  }
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key, SECRET_FIELD.test(key) && field != null ? REDACTED : redactSecrets(field, depth + 1)]),
  );
}
