import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@samverkan/auth';
import { Connection } from '@samverkan/common';
import { AuditEntry } from '../audit-entry.entity';
import { AuditChainVerification } from './audit-chain-verification.type';
import { AuditEntryConnection } from './audit-entry-connection.type';
import { AuditTrailArgs } from './audit-trail.args';
import { AuditTrailService } from './audit-trail.service';

@Resolver(() => AuditEntry)
export class AuditTrailResolver {
  constructor(private readonly trail: AuditTrailService) {}

  @Query(() => AuditEntryConnection, { description: 'Who did what, when, newest first: refused and failed mutations too. Administrators and the steering group' })
  auditTrail(@CurrentActor() actor: Actor | null, @Args() args: AuditTrailArgs): Promise<Connection<AuditEntry>> {
    return this.trail.list(actor, args);
  }

  @Query(() => AuditChainVerification, { description: 'Administrators: walks the audit log hash chain and says where it first breaks, if it does' })
  auditChainVerification(@CurrentActor() actor: Actor | null): Promise<AuditChainVerification> {
    return this.trail.verifyChain(actor);
  }
}
