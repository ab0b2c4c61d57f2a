import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Action, Actor, PolicyService } from '@samverkan/auth';
import { Connection, InvalidInputException, decodeCursor, encodeCursor, toConnection } from '@samverkan/common';
import { DataSource, Repository } from 'typeorm';
import { verifyAuditChain } from '../audit-chain';
import { AuditEntry } from '../audit-entry.entity';
import { AuditChainVerification } from './audit-chain-verification.type';
import { AuditTrailArgs } from './audit-trail.args';

@Injectable()
export class AuditTrailService {
  constructor(
    @InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

  /** Newest first, filtered by entity, actor, action, outcome and time. */
  async list(actor: Actor | null, args: AuditTrailArgs): Promise<Connection<AuditEntry>> {
    this.policy.assert(actor, Action.READ_AUDIT_TRAIL);
    const after = args.after === undefined ? null : decodeCursor(args.after, 1);
    if (args.after !== undefined && after === null) throw new InvalidInputException('after', 'after is not a valid cursor');
    if (args.from && args.to && args.from >= args.to) throw new InvalidInputException('to', 'to must be later than from');

    const query = this.entries.createQueryBuilder('a').orderBy('a.id', 'DESC');
    if (args.entityType !== undefined) query.andWhere('a.entity_type = :entityType', { entityType: args.entityType });
    if (args.entityId !== undefined) query.andWhere('a.entity_id = :entityId', { entityId: args.entityId });
    if (args.action !== undefined) query.andWhere('a.action = :action', { action: args.action });
    if (args.actorId !== undefined) query.andWhere('a.actor_id = :actorId', { actorId: args.actorId });
    if (args.outcome !== undefined) query.andWhere('a.outcome = :outcome', { outcome: args.outcome });
    if (args.from) query.andWhere('a.occurred_at >= :from', { from: args.from });
    if (args.to) query.andWhere('a.occurred_at < :to', { to: args.to });
    const totalCount = await query.clone().getCount();
    if (after) query.andWhere('a.id < :afterId', { afterId: after[0] });
    const rows = await query.take(args.first + 1).getMany();
    return toConnection(rows, args.first, totalCount, (entry) => encodeCursor([entry.id]));
  }

  /** Administrators: the whole chain checked now, by the verifier the command line uses. */
  async verifyChain(actor: Actor | null): Promise<AuditChainVerification> {
    // Administrators only: unlike reading the trail, no steering-group member or token scope may ask the database for a full walk.
    this.policy.assert(actor, Action.MANAGE_ORGANISATION);
    const result = await verifyAuditChain(this.dataSource);
    return { ...result, intact: result.brokenAt === null, checkedAt: new Date() };
  }
}
