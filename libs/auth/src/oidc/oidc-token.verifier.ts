import { JsonWebKey, KeyObject, createPublicKey, verify } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, OidcConfig } from '@samverkan/config';

/** How much the identity provider's clock may differ from ours. */
const CLOCK_SKEW_SECONDS = 60;
/** An unknown key id fetches the JWKS again at most this often (or the cache time, if shorter), so forged kids cannot hammer the provider. */
const MIN_REFETCH_MS = 30_000;
const FETCH_TIMEOUT_MS = 5_000;

interface Algorithm {
  keyType: 'RSA' | 'EC';
  digest: string;
  /** JOSE signs ECDSA as r||s, not DER. */
  dsaEncoding?: 'ieee-p1363';
  curve?: string;
}

const ALGORITHMS: Record<string, Algorithm> = {
  RS256: { keyType: 'RSA', digest: 'sha256' },
  ES256: { keyType: 'EC', digest: 'sha256', dsaEncoding: 'ieee-p1363', curve: 'P-256' },
};

interface Jwk extends JsonWebKey {
  kid?: string;
  kty?: string;
  alg?: string;
  use?: string;
  crv?: string;
}

interface KeySet {
  keys: { kid: string | undefined; jwk: Jwk; key: KeyObject }[];
  fetchedAt: number;
}

export type OidcClaims = Record<string, unknown>;

function decodeSegment(segment: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Verifies bearer tokens from the agencies' identity provider (OIDC ID or
 * access tokens, RS256 or ES256) against its JWKS, issuer and audience. The
 * key set is cached for OIDC_JWKS_CACHE_SECONDS and fetched again when a
 * token names a key it does not hold (key rotation).
 */
@Injectable()
export class OidcTokenVerifier {
  private readonly logger = new Logger('Oidc');
  private readonly settings: OidcConfig | null;
  private keySet: KeySet | null = null;
  private lastFetchAttemptAt = 0;
  private fetching: Promise<KeySet | null> | null = null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.settings = config.oidc;
  }

  get userClaim(): string | null {
    return this.settings?.userClaim ?? null;
  }

  /** The claims of a valid token from the configured provider; null for anything else. */
  async verify(token: string): Promise<OidcClaims | null> {
    const settings = this.settings;
    if (!settings) return null;
    const [headerPart, payloadPart, signaturePart, extra] = token.split('.');
    if (!headerPart || !payloadPart || !signaturePart || extra !== undefined) return null;
    const header = decodeSegment(headerPart);
    const claims = decodeSegment(payloadPart);
    if (!header || !claims || claims.iss !== settings.issuer) return null;
    const algorithm = typeof header.alg === 'string' ? ALGORITHMS[header.alg] : undefined;
    if (!algorithm) return null;
    const kid = typeof header.kid === 'string' ? header.kid : undefined;
    const key = await this.keyFor(kid, header.alg as string, algorithm);
    if (!key) return null;
    const signed = Buffer.from(`${headerPart}.${payloadPart}`);
    const signature = Buffer.from(signaturePart, 'base64url');
    const valid = verify(algorithm.digest, signed, { key, dsaEncoding: algorithm.dsaEncoding }, signature);
    return valid && this.claimsHold(claims, settings) ? claims : null;
  }

  private claimsHold(claims: OidcClaims, settings: OidcConfig): boolean {
    const now = Date.now() / 1000;
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!audiences.includes(settings.audience)) return false;
    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) return false;
    if (claims.nbf !== undefined && (typeof claims.nbf !== 'number' || claims.nbf - CLOCK_SKEW_SECONDS > now)) return false;
    return true;
  }

  private async keyFor(kid: string | undefined, alg: string, algorithm: Algorithm): Promise<KeyObject | null> {
    const cacheMs = this.settings!.jwksCacheSeconds * 1000;
    const expired = !this.keySet || Date.now() - this.keySet.fetchedAt >= cacheMs;
    const known = this.keySet ? this.pick(this.keySet, kid, alg, algorithm) : null;
    if (known && !expired) return known;
    // An expired cache or a key we do not know (rotation): fetch again, but not over and over.
    if (Date.now() - this.lastFetchAttemptAt >= Math.min(MIN_REFETCH_MS, cacheMs)) await this.refresh();
    return this.keySet ? this.pick(this.keySet, kid, alg, algorithm) : null;
  }

  /** The key the token names; without a kid, the only key that fits. */
  private pick(keySet: KeySet, kid: string | undefined, alg: string, algorithm: Algorithm): KeyObject | null {
    const fitting = keySet.keys.filter(
      ({ jwk }) =>
        jwk.kty === algorithm.keyType &&
        (jwk.alg === undefined || jwk.alg === alg) &&
        (jwk.use === undefined || jwk.use === 'sig') &&
        (algorithm.curve === undefined || jwk.crv === algorithm.curve),
    );
    const matches = kid === undefined ? fitting : fitting.filter((k) => k.kid === kid);
    return matches.length === 1 ? matches[0]!.key : null;
  }

  private refresh(): Promise<KeySet | null> {
    this.fetching ??= this.fetchKeySet().finally(() => {
      this.fetching = null;
    });
    return this.fetching;
  }

  private async fetchKeySet(): Promise<KeySet | null> {
    this.lastFetchAttemptAt = Date.now();
    try {
      const response = await fetch(this.settings!.jwksUrl, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = (await response.json()) as { keys?: Jwk[] };
      const keys = (body.keys ?? []).flatMap((jwk) => {
        try {
          return [{ kid: jwk.kid, jwk, key: createPublicKey({ key: jwk, format: 'jwk' }) }];
        } catch {
          return [];
        }
      });
      this.keySet = { keys, fetchedAt: Date.now() };
    } catch (error) {
      // Keep the keys we had: a provider that is briefly down must not log everyone out.
      this.logger.warn(`Could not fetch the identity provider's keys: ${(error as Error).message}`);
    }
    return this.keySet;
  }
}
