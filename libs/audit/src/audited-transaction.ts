import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CallContext } from '@samverkan/auth';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntry } from './audit-entry.entity';

/** What a mutation changed, for its audit row. */
export interface AuditedChange<T> {
  result: T;
  entityType: string;
  entityId: string;
  before: object | null;
  after: object | null;
}

/**
 * Runs a mutation's writes and its one audit row in a single transaction:
 * either both commit or neither does.
 */
@Injectable()
export class AuditedTransaction {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(call: CallContext, action: string, work: (tx: EntityManager) => Promise<AuditedChange<T>>): Promise<T> {
    return this.dataSource.transaction(async (tx) => {
      const change = await work(tx);
      await tx.save(
        tx.create(AuditEntry, {
        actorId: call.actor.userId,
        action,
        entityType: change.entityType,
        entityId: change.entityId,
        before: toJson(change.before),
        after: toJson(change.after),
        requestId: call.requestId,
        }),
      );
      return change.result;
    });
  }
}

/** Plain JSON of an entity: dates as ISO strings, no class instances. */
function toJson(value: object | null): Record<string, unknown> | null {
  return value === null ? null : (JSON.parse(JSON.stringify(value)) as Record<string, unknown>);
}
