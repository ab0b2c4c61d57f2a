import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AuditedTransaction } from '@samverkan/audit';
import {
  Actor,
  AuthException,
  AuthExceptionCode,
  CallContext,
  GroupKind,
  MembershipRole,
  TokenService,
  verifyPassword,
} from '@samverkan/auth';
import { DataSource, Repository } from 'typeorm';
import { User } from '../users/user.entity';
import { LoginArgs, LoginResult } from './session.types';

const INVALID_CREDENTIALS = 'Wrong e-mail address or password';

@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly audited: AuditedTransaction,
  ) {}

  /** The same answer for an unknown e-mail, a wrong password and a deactivated account. */
  async login({ email, password }: LoginArgs, requestId: string): Promise<LoginResult> {
    const user = await this.users.findOneBy({ email: email.toLowerCase() });
    const passwordMatches = await verifyPassword(password, user?.passwordHash ?? null);
    if (!user || !user.active || !passwordMatches) {
      throw new AuthException(AuthExceptionCode.INVALID_CREDENTIALS, INVALID_CREDENTIALS);
    }
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
    return this.audited.run(call, 'session.logout', async (tx) => {
      await tx.increment(User, { id: call.actor.userId }, 'tokenVersion', 1);
      return { result: true, entityType: 'User', entityId: call.actor.userId, before: null, after: null };
    });
  }

  async me(call: CallContext): Promise<User> {
    return this.users.findOneByOrFail({ id: call.actor.userId });
  }

  /** The actor behind a bearer token, or null when the token is invalid, expired or revoked. */
  async actorFromToken(token: string): Promise<Actor | null> {
    const claims = this.tokens.verify(token);
    if (!claims) return null;
    const rows: { agency_id: string; roles: string[]; active: boolean; token_version: number; group_id: string | null; kind: GroupKind | null; role: MembershipRole | null }[] =
      await this.dataSource.query(
        `SELECT u.agency_id, u.roles, u.active, u.token_version, m.group_id, g.kind, m.role
           FROM users u
           LEFT JOIN memberships m ON m.user_id = u.id
           LEFT JOIN groups g ON g.id = m.group_id
          WHERE u.id = $1`,
        [claims.sub],
      );
    const first = rows[0];
    if (!first || !first.active || first.token_version !== claims.ver) return null;
    return {
      userId: claims.sub,
      agencyId: first.agency_id,
      roles: first.roles as Actor['roles'],
      memberships: rows
        .filter((row) => row.group_id !== null)
        .map((row) => ({ groupId: row.group_id!, groupKind: row.kind!, role: row.role! })),
    };
  }
}
