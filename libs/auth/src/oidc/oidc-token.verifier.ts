import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, OidcConfig } from '@samverkan/config';
import { JWTVerifyGetKey, createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify } from 'jose';

/** How much the identity provider's clock may differ from ours. */
const CLOCK_SKEW_SECONDS = 60;
/** An unknown key id fetches the JWKS again at most this often, so forged kids cannot hammer the provider. */
const MIN_REFETCH_MS = 30_000;
const FETCH_TIMEOUT_MS = 5_000;
const ALGORITHMS = ['RS256', 'ES256'];

export type OidcClaims = Record<string, unknown>;

/**
 * Verifies bearer tokens from the agencies' identity provider (OIDC ID or
 * access tokens, RS256 or ES256) against its JWKS, issuer and audience, with
 * jose: it picks the key (by kid; without one, the only key that fits the
 * algorithm), checks the signature and the registered claims. The key set is
 * cached for OIDC_JWKS_CACHE_SECONDS and fetched again when a token names a
 * key it does not hold (key rotation), at most every 30 s.
 */
@Injectable()
export class OidcTokenVerifier {
  private readonly logger = new Logger('Oidc');
  private readonly settings: OidcConfig | null;
  private readonly keys: JWTVerifyGetKey | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.settings = config.oidc;
    this.keys = this.settings ? this.keySet(this.settings) : null;
  }

  get userClaim(): string | null {
    return this.settings?.userClaim ?? null;
  }

  /** The claims of a valid token from the configured provider; null for anything else. */
  async verify(token: string): Promise<OidcClaims | null> {
    const settings = this.settings;
    if (!settings || !this.keys) return null;
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: ALGORITHMS,
        clockTolerance: CLOCK_SKEW_SECONDS,
        requiredClaims: ['exp'],
      });
      return payload as OidcClaims;
    } catch {
      return null;
    }
  }

  /** The provider's keys; when it cannot be reached, the keys already held stay in use. */
  private keySet(settings: OidcConfig): JWTVerifyGetKey {
    const remote = createRemoteJWKSet(new URL(settings.jwksUrl), {
      cacheMaxAge: settings.jwksCacheSeconds * 1000,
      cooldownDuration: Math.min(MIN_REFETCH_MS, settings.jwksCacheSeconds * 1000),
      timeoutDuration: FETCH_TIMEOUT_MS,
    });
    return async (header, token) => {
      try {
        return await remote(header, token);
      } catch (error) {
        const held = remote.jwks();
        const keyProblem = error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys;
        if (!held || keyProblem) throw error;
        this.logger.warn(`Could not fetch the identity provider's keys: ${(error as Error).message}`);
        return createLocalJWKSet(held)(header, token);
      }
    };
  }
}
