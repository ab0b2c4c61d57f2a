import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AuditOutcome, AuditedTransaction } from '@samverkan/audit';
import {
  Action,
  Actor,
  AuthException,
  AuthExceptionCode,
  CallContext,
  GroupKind,
  LoginThrottle,
  MembershipRole,
  OidcTokenVerifier,
  PolicyService,
  SessionCookieJar,
  TokenService,
  hashPassword,
  isApiTokenSecret,
  passwordWeakness,
  verifyPassword,
} from '@samverkan/auth';
import { InvalidInputException } from '@samverkan/common';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import { Request, Response } from 'express';
import { DataSource, Repository } from 'typeorm';
import { User } from '../users/user.entity';
import { ApiTokensService } from './api-tokens.service';
import { BrowserSessionsService } from './browser-sessions.service';
import { ExpressSessionCookie, bearerTokenOf, sessionSecretOf } from './request-credentials';
import { ChangePasswordArgs, LoginArgs, LoginResult, SignInResult } from './session.types';

const INVALID_CREDENTIALS = 'Wrong e-mail address or password';
/** The audit action of a sign-in vouched for by the identity provider. */
const PROVIDER_SIGN_IN = 'session.signInWithProvider';

/** Where a login comes from: for the audit row and the per-address throttle. */
export interface LoginOrigin {
  requestId: string;
  clientAddress: string;
}

/** Who an HTTP request acts as, and its session cookie. */
export interface RequestAuthentication {
  actor: Actor | null;
  sessionCookie: SessionCookieJar;
}

/** A started browser session: the resolver puts the secret in the cookie, the rest in the response. */
export interface SignedIn extends SignInResult {
  secret: string;
}

@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly audited: AuditedTransaction,
    private readonly throttle: LoginThrottle,
    private readonly apiTokens: ApiTokensService,
    private readonly oidc: OidcTokenVerifier,
    private readonly policy: PolicyService,
    private readonly browserSessions: BrowserSessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(args: LoginArgs, origin: LoginOrigin): Promise<LoginResult> {
    const { user, call } = await this.checkPassword(args, origin);
    const { token, expiresAt } = this.tokens.issue({ sub: user.id, ver: user.tokenVersion });
    return this.audited.run(call, 'session.login', async () => ({
      result: { accessToken: token, expiresAt, user },
      entityType: 'User',
      entityId: user.id,
      before: null,
      after: { expiresAt },
    }));
  }

  /** Like login, but the proof becomes a server-side session whose secret only the cookie holds. */
  async signIn(args: LoginArgs, origin: LoginOrigin): Promise<SignedIn> {
    const { user, call } = await this.checkPassword(args, origin);
    return this.startSession(user, call, 'session.signIn');
  }

  /**
   * Single sign-on: the identity provider vouches for the e-mail address (its
   * OIDC_USER_CLAIM). Only a person registered here and active gets the same
   * session as a password sign-in; nobody gets an account. null: refused, and
   * the refusal is in the audit trail.
   */
  async signInVouchedFor(email: string, { requestId }: LoginOrigin): Promise<SignedIn | null> {
    const user = await this.users.findOneBy({ email: email.toLowerCase() });
    if (!user || !user.active) {
      await this.audited.recordRejection({
        actorId: null,
        requestId,
        mutation: PROVIDER_SIGN_IN,
        targetId: null,
        outcome: AuditOutcome.REFUSED,
        failure: { code: 'UNAUTHENTICATED', reason: 'UNKNOWN_PERSON', message: 'The identity provider vouched for no active person registered here' },
      });
      return null;
    }
    return this.startSession(user, { actor: personActor(user), requestId }, PROVIDER_SIGN_IN);
  }

  private startSession(user: User, call: CallContext, action: string): Promise<SignedIn> {
    return this.audited.run(call, action, async (tx) => {
      const session = await this.browserSessions.start(tx, user.id);
      return {
        result: { user, expiresAt: session.expiresAt, secret: session.secret },
        entityType: 'Session',
        entityId: session.id,
        before: null,
        after: { userId: user.id, expiresAt: session.expiresAt },
      };
    });
  }

  /** Ends the browser session the call came in by; false when it came with a bearer token instead. */
  signOut(call: CallContext): Promise<boolean> {
    this.policy.assert(call.actor, Action.MANAGE_OWN_ACCOUNT);
    const sessionId = call.sessionId ?? null;
    return this.audited.run(call, 'session.signOut', async (tx) => {
      const ended = sessionId !== null && (await this.browserSessions.end(tx, sessionId));
      return { result: ended, entityType: 'Session', entityId: sessionId ?? call.actor.userId, before: null, after: { ended } };
    });
  }

  /** The same answer for an unknown e-mail, a wrong password and a deactivated account. */
  private async checkPassword({ email, password }: LoginArgs, { requestId, clientAddress }: LoginOrigin): Promise<{ user: User; call: CallContext }> {
    await this.throttle.admit({ email, clientAddress });
    const user = await this.users.findOneBy({ email: email.toLowerCase() });
    const passwordMatches = await verifyPassword(password, user?.passwordHash ?? null);
    if (!user || !user.active || !passwordMatches) {
      throw new AuthException(AuthExceptionCode.INVALID_CREDENTIALS, INVALID_CREDENTIALS);
    }
    await this.throttle.succeeded({ email, clientAddress });
    return { user, call: { actor: personActor(user), requestId } };
  }

  /** Ends every session of the caller by moving their token version on. */
  logout(call: CallContext): Promise<boolean> {
    this.policy.assert(call.actor, Action.MANAGE_OWN_ACCOUNT);
    return this.audited.run(call, 'session.logout', async (tx) => {
      await tx.increment(User, { id: call.actor.userId }, 'tokenVersion', 1);
      return { result: true, entityType: 'User', entityId: call.actor.userId, before: null, after: null };
    });
  }

  /**
   * Proving the current password counts as a login attempt, so a stolen
   * token cannot be used to guess it. Every older token stops working, and
   * every browser session but the one the call came in by ends.
   */
  async changePassword(call: CallContext, clientAddress: string, { currentPassword, newPassword }: ChangePasswordArgs): Promise<LoginResult> {
    this.policy.assert(call.actor, Action.MANAGE_OWN_ACCOUNT);
    const user = await this.users.findOneByOrFail({ id: call.actor.userId });
    await this.throttle.admit({ email: user.email, clientAddress });
    if (!(await verifyPassword(currentPassword, user.passwordHash))) {
      throw new InvalidInputException('currentPassword', 'currentPassword is not your current password');
    }
    await this.throttle.succeeded({ email: user.email, clientAddress });
    const weakness = passwordWeakness(newPassword, { email: user.email, currentPassword }, 'newPassword');
    if (weakness) throw new InvalidInputException('newPassword', weakness);
    const passwordHash = await hashPassword(newPassword);
    return this.audited.run(call, 'session.changePassword', async (tx) => {
      const current = await tx.findOneOrFail(User, { where: { id: user.id }, lock: { mode: 'pessimistic_write' } });
      const changed = await tx.save(User, { ...current, passwordHash, tokenVersion: current.tokenVersion + 1 });
      const endedSessions = await this.browserSessions.endAllOf(tx, changed.id, call.sessionId ?? null);
      const { token, expiresAt } = this.tokens.issue({ sub: changed.id, ver: changed.tokenVersion });
      return {
        result: { accessToken: token, expiresAt, user: changed },
        entityType: 'User',
        entityId: changed.id,
        before: { tokenVersion: current.tokenVersion },
        after: { tokenVersion: changed.tokenVersion, passwordChanged: true, endedSessions },
      };
    });
  }

  async me(call: CallContext): Promise<User> {
    this.policy.assert(call.actor, Action.MANAGE_OWN_ACCOUNT);
    return this.users.findOneByOrFail({ id: call.actor.userId });
  }

  /**
   * Who an HTTP request acts as: a bearer token decides when there is one;
   * otherwise the session cookie. A cookie naming no usable session is cleared.
   */
  async authenticate(req: Request, res: Response): Promise<RequestAuthentication> {
    const secure = this.config.nodeEnv === 'production';
    const token = bearerTokenOf(req);
    const secret = token ? null : sessionSecretOf(req);
    if (token || !secret) {
      return { actor: token ? await this.actorFromToken(token) : null, sessionCookie: new ExpressSessionCookie(res, secure, null, false) };
    }
    const session = await this.browserSessions.lookup(secret);
    const actor = session.state === 'active' ? await this.activePerson('id', session.userId, null) : null;
    const sessionCookie = new ExpressSessionCookie(res, secure, actor && session.state === 'active' ? session.id : null, session.state === 'expired');
    if (!actor) sessionCookie.clear();
    return { actor, sessionCookie };
  }

  /**
   * The actor behind a bearer token, or null when it is invalid, expired or
   * revoked: an integration's API token, our own access token, or a token of
   * the agencies' identity provider (single sign-on) naming a known person.
   */
  async actorFromToken(token: string): Promise<Actor | null> {
    if (isApiTokenSecret(token)) return this.apiTokens.actorFor(token);
    const claims = this.tokens.verify(token);
    if (claims) return this.activePerson('id', claims.sub, claims.ver);
    const identity = await this.oidc.verify(token);
    if (!identity || identity.email_verified === false) return null;
    const email = identity[this.oidc.userClaim ?? ''];
    // The identity provider vouches for who it is; revocation there is by expiry, here by deactivation.
    return typeof email === 'string' ? this.activePerson('email', email.toLowerCase(), null) : null;
  }

  /** An active person with their memberships; with a token version, only while it is current. */
  private async activePerson(by: 'id' | 'email', value: string, tokenVersion: number | null): Promise<Actor | null> {
    const rows: { id: string; agency_id: string; roles: string[]; active: boolean; token_version: number; group_id: string | null; kind: GroupKind | null; role: MembershipRole | null }[] =
      await this.dataSource.query(
        `SELECT u.id, u.agency_id, u.roles, u.active, u.token_version, m.group_id, g.kind, m.role
           FROM users u
           LEFT JOIN memberships m ON m.user_id = u.id
           LEFT JOIN groups g ON g.id = m.group_id
          WHERE u.${by} = $1`,
        [value],
      );
    const first = rows[0];
    if (!first || !first.active || (tokenVersion !== null && first.token_version !== tokenVersion)) return null;
    return {
      userId: first.id,
      agencyId: first.agency_id,
      roles: first.roles as Actor['roles'],
      memberships: rows
        .filter((row) => row.group_id !== null)
        .map((row) => ({ groupId: row.group_id!, groupKind: row.kind!, role: row.role! })),
    };
  }
}

/** A person signing in (or setting a password by link), as the audit row's actor. */
export function personActor(user: User): Actor {
  return { userId: user.id, agencyId: user.agencyId, roles: user.roles, memberships: [] };
}
