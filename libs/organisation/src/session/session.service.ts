import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AuditedTransaction } from '@samverkan/audit';
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
  TokenService,
  hashPassword,
  isApiTokenSecret,
  passwordWeakness,
  verifyPassword,
} from '@samverkan/auth';
import { InvalidInputException } from '@samverkan/common';
import { DataSource, Repository } from 'typeorm';
import { User } from '../users/user.entity';
import { ApiTokensService } from './api-tokens.service';
import { ChangePasswordArgs, LoginArgs, LoginResult } from './session.types';

const INVALID_CREDENTIALS = 'Wrong e-mail address or password';

/** Where a login comes from: for the audit row and the per-address throttle. */
export interface LoginOrigin {
  requestId: string;
  clientAddress: string;
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
  ) {}

  /** The same answer for an unknown e-mail, a wrong password and a deactivated account. */
  async login({ email, password }: LoginArgs, { requestId, clientAddress }: LoginOrigin): Promise<LoginResult> {
    await this.throttle.admit({ email, clientAddress });
    const user = await this.users.findOneBy({ email: email.toLowerCase() });
    const passwordMatches = await verifyPassword(password, user?.passwordHash ?? null);
    if (!user || !user.active || !passwordMatches) {
      throw new AuthException(AuthExceptionCode.INVALID_CREDENTIALS, INVALID_CREDENTIALS);
    }
    await this.throttle.succeeded({ email, clientAddress });
    const { token, expiresAt } = this.tokens.issue({ sub: user.id, ver: user.tokenVersion });
    const call: CallContext = { actor: { userId: user.id, agencyId: user.agencyId, roles: user.roles, memberships: [] }, requestId };
    return this.audited.run(call, 'session.login', async () => ({
      result: { accessToken: token, expiresAt, user },
      entityType: 'User',
      entityId: user.id,
      before: null,
      after: { expiresAt },
    }));
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
   * token cannot be used to guess it. Every older token stops working.
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
      const { token, expiresAt } = this.tokens.issue({ sub: changed.id, ver: changed.tokenVersion });
      return {
        result: { accessToken: token, expiresAt, user: changed },
        entityType: 'User',
        entityId: changed.id,
        before: { tokenVersion: current.tokenVersion },
        after: { tokenVersion: changed.tokenVersion, passwordChanged: true },
      };
    });
  }

  async me(call: CallContext): Promise<User> {
    this.policy.assert(call.actor, Action.MANAGE_OWN_ACCOUNT);
    return this.users.findOneByOrFail({ id: call.actor.userId });
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
