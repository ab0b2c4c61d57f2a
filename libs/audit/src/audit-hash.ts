import { createHash } from 'node:crypto';

/** The prevHash of the first row of the chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** Everything a row says, in the form it is hashed in. */
export interface AuditRowContent {
  id: string;
  occurredAt: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string;
  outcome: string;
  failure: unknown;
}

/**
 * JSON with object keys sorted at every level and no whitespace, so the same
 * content always gives the same text, however jsonb reorders keys on storage.
 */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * SHA-256 (hex) of the previous row's hash and this row's content. Changing
 * this function breaks the verification of every existing chain: treat it as frozen.
 */
export function auditRowHash(content: AuditRowContent, prevHash: string): string {
  return createHash('sha256').update(`${prevHash}\n${canonicalJson(content)}`).digest('hex');
}
