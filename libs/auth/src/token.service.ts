import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@samverkan/config';

const USER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AccessTokenClaims {
  /** User id. */
  sub: string;
  /** The user's token version when issued; bumping it revokes every older token. */
  ver: number;
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

@Injectable()
export class TokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.jwt = new JwtService({
      // A key object made once: given a string, jsonwebtoken first tries (and fails) to parse it as a public key on every verify.
      secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')),
      signOptions: { algorithm: 'HS256', issuer: 'samverkan', audience: 'samverkan-api' },
      verifyOptions: { algorithms: ['HS256'], issuer: 'samverkan', audience: 'samverkan-api' },
    });
  }

  issue(claims: AccessTokenClaims): IssuedToken {
    const ttl = this.config.accessTokenTtlSeconds;
    const token = this.jwt.sign({ ver: claims.ver }, { subject: claims.sub, expiresIn: ttl });
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  /** The claims of a valid, unexpired token; null for anything else. */
  verify(token: string): AccessTokenClaims | null {
    try {
      const payload = this.jwt.verify<{ sub?: unknown; ver?: unknown; exp?: unknown }>(token);
      // Every token we issue names a user id and expires; anything else was not made here, whoever signed it.
      if (typeof payload.sub !== 'string' || !USER_ID.test(payload.sub) || typeof payload.ver !== 'number' || typeof payload.exp !== 'number') return null;
      return { sub: payload.sub, ver: payload.ver };
    } catch {
      return null;
    }
  }
}
