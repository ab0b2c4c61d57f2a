/** One field of an audited entity that a change set, altered or cleared. */
export interface ChangedField {
  field: string;
  before: unknown;
  after: unknown;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/**
 * The fields whose value differs between an audit row's before and after, in
 * the order they first appear: every field of a creation (no before) or a
 * removal (no after), only the altered ones of an update.
 */
export function changedFields(before: unknown, after: unknown): ChangedField[] {
  const [old, now] = [asRecord(before), asRecord(after)];
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])];
  return fields
    .filter((field) => JSON.stringify(old[field] ?? null) !== JSON.stringify(now[field] ?? null))
    .map((field) => ({ field, before: old[field] ?? null, after: now[field] ?? null }));
}

/**
 * A value as text for the table: "–" for none, an id the page knows a name
 * for as the name with the id, other text as it is, anything else as compact JSON.
 */
export function shownValue(value: unknown, names: ReadonlyMap<string, string> = new Map()): string {
  if (value === null || value === undefined) return '–';
  if (typeof value !== 'string') return JSON.stringify(value);
  const name = names.get(value);
  return name ? `${name} (${value})` : value;
}
