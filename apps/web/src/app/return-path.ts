/** Where sign-in returns to: only a path on this origin, never another site (`//host`, `https:`). */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/logga-in')) return '/';
  return value;
}

/** The sign-in address that comes back to `path` afterwards. */
export function signInPath(path: string, expired = false): string {
  const query = new URLSearchParams({ tillbaka: safeReturnPath(path) });
  if (expired) query.set('utgangen', '1');
  return `/logga-in?${query.toString()}`;
}
