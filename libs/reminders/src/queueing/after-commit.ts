import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';

type Work = () => Promise<void>;

/**
 * Work to do once a transaction has committed, e.g. adding the BullMQ jobs
 * of the rows it wrote. Runs when the outermost transaction commits (not at
 * a savepoint) and is dropped when it rolls back. A failure is logged, not
 * thrown: the commit has happened, and whatever was missed the reconciler
 * finds in PostgreSQL.
 */
@Injectable()
export class AfterCommit implements EntitySubscriberInterface, OnModuleInit {
  private readonly logger = new Logger(AfterCommit.name);
  private readonly pending = new WeakMap<QueryRunner, Work[]>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.dataSource.subscribers.push(this);
  }

  /** Throws outside a transaction: without one there is no commit to wait for. */
  add(tx: EntityManager, work: Work): void {
    const runner = tx.queryRunner;
    if (!runner?.isTransactionActive) throw new Error('AfterCommit.add must run inside a transaction');
    const queued = this.pending.get(runner);
    if (queued) queued.push(work);
    else this.pending.set(runner, [work]);
  }

  async afterTransactionCommit({ queryRunner }: TransactionCommitEvent): Promise<void> {
    // Still active: a savepoint was released, the outer transaction goes on.
    if (queryRunner.isTransactionActive) return;
    const queued = this.pending.get(queryRunner);
    if (!queued) return;
    this.pending.delete(queryRunner);
    for (const work of queued) {
      await work().catch((error: unknown) => this.logger.warn(`After-commit work failed; the reconciler will catch up: ${(error as Error).message}`));
    }
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    // Work queued inside a rolled-back savepoint stays: its rows are gone, so its jobs find nothing to do.
    if (!queryRunner.isTransactionActive) this.pending.delete(queryRunner);
  }
}
