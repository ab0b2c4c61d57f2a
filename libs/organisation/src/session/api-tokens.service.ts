import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditedTransaction } from '@samverkan/audit';
import { Action, Actor, CallContext, PolicyService, hashApiTokenSecret, newApiTokenSecret } from '@samverkan/auth';
import { EntityNotFoundException, InvalidInputException } from '@samverkan/common';
import { DataSource } from 'typeorm';
import { ApiToken } from './api-token.entity';
import { CreateApiTokenInput, CreatedApiToken } from './api-token.inputs';

const MAX_LIFETIME_MS = 2 * 366 * 24 * 3600 * 1000;

/** What the audit log keeps of a token: never its hash. */
function auditable(token: ApiToken): Omit<ApiToken, 'secretHash'> {
  const { secretHash: _secret, ...rest } = token;
  return rest;
}

/** API tokens for integrations: created and revoked by administrators, stored hashed. */
@Injectable()
export class ApiTokensService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audited: AuditedTransaction,
  ) {}

  async list(actor: Actor | null): Promise<ApiToken[]> {
    this.policy.assert(actor, Action.MANAGE_API_TOKENS);
    return this.dataSource.getRepository(ApiToken).find({ order: { createdAt: 'DESC', id: 'ASC' } });
  }

  create(call: CallContext, input: CreateApiTokenInput): Promise<CreatedApiToken> {
    this.policy.assert(call.actor, Action.MANAGE_API_TOKENS);
    if (input.expiresAt && (input.expiresAt.getTime() <= Date.now() || input.expiresAt.getTime() > Date.now() + MAX_LIFETIME_MS)) {
      throw new InvalidInputException('input.expiresAt', 'input.expiresAt must be in the future and at most two years ahead');
    }
    const secret = newApiTokenSecret();
    return this.audited.run(call, 'apiToken.create', async (tx) => {
      const token = await tx.save(
        tx.create(ApiToken, {
          name: input.name,
          scopes: input.scopes,
          secretHash: hashApiTokenSecret(secret),
          createdById: call.actor.userId,
          expiresAt: input.expiresAt ?? null,
          revokedAt: null,
        }),
      );
      return { result: { token, secret }, entityType: 'ApiToken', entityId: token.id, before: null, after: auditable(token) };
    });
  }

  revoke(call: CallContext, id: string): Promise<ApiToken> {
    this.policy.assert(call.actor, Action.MANAGE_API_TOKENS);
    return this.audited.run(call, 'apiToken.revoke', async (tx) => {
      const before = await tx.findOne(ApiToken, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new EntityNotFoundException('ApiToken', id, 'id');
      const after = before.revokedAt ? before : await tx.save(ApiToken, { ...before, revokedAt: new Date() });
      return { result: after, entityType: 'ApiToken', entityId: id, before: auditable(before), after: auditable(after) };
    });
  }

  /** The integration behind a secret, or null when it is unknown, revoked or expired. */
  async actorFor(secret: string): Promise<Actor | null> {
    const [token]: { id: string; scopes: Actor['apiTokenScopes']; agency_id: string }[] = await this.dataSource.query(
      `SELECT t.id, t.scopes, u.agency_id
         FROM api_tokens t JOIN users u ON u.id = t.created_by_id
        WHERE t.secret_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())`,
      [hashApiTokenSecret(secret)],
    );
    if (!token) return null;
    return { userId: token.id, agencyId: token.agency_id, roles: [], memberships: [], apiTokenScopes: token.scopes };
  }
}
