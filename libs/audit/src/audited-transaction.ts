import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CallContext } from '@samverkan/auth';
import { Deadline, retryTransientFailures } from '@samverkan/common';
import { DataSource, EntityManager } from 'typeorm';
import { appendAuditEntry } from './audit-chain';
import { AuditFailure, AuditOutcome } from './audit-entry.entity';

/** What a mutation changed, for its audit row. */
export interface AuditedChange<T> {
  result: T;
  entityType: string;
  entityId: string;
  before: object | null;
  after: object | null;
}

/** A mutation that did not happen: who tried what, and what they were told. */
export interface MutationRejection {
  actorId: string | null;
  requestId: string;
  /** The GraphQL mutation, e.g. `updateAgency`. */
  mutation: string;
  /** The id the call was aimed at, when it named one. */
  targetId: string | null;
  outcome: AuditOutcome.REFUSED | AuditOutcome.FAILED;
  failure: AuditFailure;
}

/**
 * Runs a mutation's writes and its one audit row in a single transaction:
 * either both commit or neither does. The one place request transactions
 * are run, and so where a transaction PostgreSQL aborted for a conflict is
 * run again.
 */
@Injectable()
export class AuditedTransaction {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(call: CallContext, action: string, work: (tx: EntityManager) => Promise<AuditedChange<T>>): Promise<T> {
    // A deadlock victim or serialization failure runs again, whole; the client never sees it.
    return retryTransientFailures(() => this.runOnce(call, action, work), () => !call.deadline || call.deadline.remainingMs() > 0);
  }

  private runOnce<T>(call: CallContext, action: string, work: (tx: EntityManager) => Promise<AuditedChange<T>>): Promise<T> {
    return this.dataSource.transaction(async (tx) => {
      if (call.deadline) await boundStatements(tx, call.deadline);
      const change = await work(tx);
      await appendAuditEntry(tx, {
        actorId: call.actor.userId,
        action,
        entityType: change.entityType,
        entityId: change.entityId,
        before: change.before,
        after: change.after,
        requestId: call.requestId,
        outcome: AuditOutcome.SUCCEEDED,
        failure: null,
      });
      // Past the deadline the caller has already been told it timed out, so it must not commit.
      call.deadline?.assertNotPassed();
      return change.result;
    });
  }

  /** Records a refused or failed mutation in a transaction of its own, after the mutation's rolled back. */
  async recordRejection(rejection: MutationRejection): Promise<void> {
    await this.dataSource.transaction((tx) =>
      appendAuditEntry(tx, {
        actorId: rejection.actorId,
        action: rejection.mutation,
        entityType: 'Mutation',
        entityId: rejection.targetId ?? '',
        before: null,
        after: null,
        requestId: rejection.requestId,
        outcome: rejection.outcome,
        failure: rejection.failure,
      }),
    );
  }
}

/** No statement of the transaction may outlive the request's deadline. */
async function boundStatements(tx: EntityManager, deadline: Deadline): Promise<void> {
  deadline.assertNotPassed();
  // SET takes no parameters; the value is a whole number computed here.
  await tx.query(`SET LOCAL statement_timeout = ${Math.max(1, Math.ceil(deadline.remainingMs()))}`);
}
