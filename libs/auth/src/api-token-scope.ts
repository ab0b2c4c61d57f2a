import { createHash, randomBytes } from 'node:crypto';
import { registerEnumType } from '@nestjs/graphql';

/**
 * What an integration's API token may do. Reading only: the integrations in
 * view (statistics, archiving, the agencies' own follow-up systems) read the
 * plan and the audit trail; nothing writes through a token until a real
 * integration needs it, and then it gets a scope of its own.
 */
export enum ApiTokenScope {
  /** Everything any logged-in person may read. */
  READ = 'READ',
  /** The audit trail, e.g. for export to the agencies' log archive (SIEM). */
  READ_AUDIT_TRAIL = 'READ_AUDIT_TRAIL',
}

registerEnumType(ApiTokenScope, { name: 'ApiTokenScope' });

/** Recognisable in logs (and redacted there), told apart from JWTs without a database lookup. */
export const API_TOKEN_PREFIX = 'svk_';

export function isApiTokenSecret(token: string): boolean {
  return token.startsWith(API_TOKEN_PREFIX);
}

/** A new secret: 256 random bits. Shown once; only its hash is stored. */
export function newApiTokenSecret(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** SHA-256 is enough for 256 random bits: there is nothing to guess, so no slow hash is needed. */
export function hashApiTokenSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
