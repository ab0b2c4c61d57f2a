import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobName, QueueName } from './queue.constants';

/** A message the relay has claimed for this pass. */
export interface DueMessage {
  id: string;
  queue: QueueName;
  jobName: JobName;
  payload: object;
  /** Enqueued before: Redis may or may not still hold its job. */
  relayed: boolean;
}

/** A message a worker is about to handle, locked for the rest of the transaction. */
export interface LockedMessage {
  jobName: string;
  payload: object;
  attempts: number;
  completed: boolean;
  requestId: string | null;
}

/** The outbox's SQL; every method runs in the caller's transaction. */
@Injectable()
export class OutboxRepository {
  /**
   * Locks up to `limit` due, uncompleted messages that were never relayed, or
   * were relayed at least `recheckAfterMs` ago (their job may be gone from
   * Redis). SKIP LOCKED: concurrent relays claim disjoint sets, and rows a
   * worker is handling right now are left alone.
   */
  async claimDue(tx: EntityManager, limit: number, recheckAfterMs: number): Promise<DueMessage[]> {
    return tx.query(
      `SELECT id, queue, job_name AS "jobName", payload, relayed_at IS NOT NULL AS relayed
         FROM outbox_messages
        WHERE completed_at IS NULL
          AND dead_at IS NULL
          AND available_at <= now()
          AND (relayed_at IS NULL OR relayed_at <= now() - make_interval(secs => $2::double precision / 1000))
        ORDER BY available_at
        LIMIT $1
          FOR UPDATE SKIP LOCKED`,
      [limit, recheckAfterMs],
    );
  }

  async markRelayed(tx: EntityManager, ids: string[]): Promise<void> {
    await tx.query(`UPDATE outbox_messages SET relayed_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Waits for a concurrent handler of the same message to finish, so the second one sees it completed. */
  async lockForHandling(tx: EntityManager, id: string): Promise<LockedMessage | null> {
    const rows: LockedMessage[] = await tx.query(
      `SELECT job_name AS "jobName", payload, attempts, completed_at IS NOT NULL AS completed, request_id AS "requestId"
         FROM outbox_messages
        WHERE id = $1
          FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Conditional, so completing twice changes nothing. */
  async markCompleted(tx: EntityManager, id: string): Promise<void> {
    await tx.query(
      `UPDATE outbox_messages SET completed_at = now(), last_error = NULL WHERE id = $1 AND completed_at IS NULL`,
      [id],
    );
  }

  /**
   * Records the failure and hands the message back to the relay after
   * `retryDelayMs`, or, when `retryDelayMs` is null, marks it dead.
   */
  async markFailed(tx: EntityManager, id: string, error: string, retryDelayMs: number | null): Promise<void> {
    await tx.query(
      `UPDATE outbox_messages
          SET attempts = attempts + 1,
              last_error = $2,
              relayed_at = NULL,
              available_at = now() + make_interval(secs => coalesce($3::double precision, 0) / 1000),
              dead_at = CASE WHEN $3::double precision IS NULL THEN now() END
        WHERE id = $1 AND completed_at IS NULL`,
      [id, error, retryDelayMs],
    );
  }
}
