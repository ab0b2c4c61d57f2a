import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PeriodicJob, JOB_QUEUE, JobName, QueueName } from './queue.constants';

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
  maxAttempts: number | null;
  completed: boolean;
  requestId: string | null;
  periodicKey: string | null;
}

/** The outbox's SQL; every method runs in the caller's transaction. */
@Injectable()
export class OutboxRepository {
  /**
   * Locks up to `limit` due, uncompleted messages that were never relayed, or
   * were relayed before `relayedBefore` (their job may be gone from Redis). SKIP LOCKED: concurrent relays claim disjoint sets, and rows a
   * worker is handling right now are left alone.
   */
  async claimDue(tx: EntityManager, limit: number, relayedBefore: Date): Promise<DueMessage[]> {
    return tx.query(
      `SELECT id, queue, job_name AS "jobName", payload, relayed_at IS NOT NULL AS relayed
         FROM outbox_messages
        WHERE completed_at IS NULL
          AND dead_at IS NULL
          AND available_at <= now()
          AND (relayed_at IS NULL OR relayed_at < $2)
        ORDER BY available_at
        LIMIT $1
          FOR UPDATE SKIP LOCKED`,
      [limit, relayedBefore],
    );
  }

  /** The database's time `agoMs` ago: relayed before it, a message is checked against Redis again. */
  async recheckCutoff(tx: EntityManager, agoMs: number): Promise<Date> {
    const [{ cutoff }]: { cutoff: Date }[] = await tx.query(`SELECT now() - make_interval(secs => $1::double precision / 1000) AS cutoff`, [agoMs]);
    return cutoff;
  }

  /** Milliseconds until the next message that is not due yet falls due; null when none waits. */
  async nextDueInMs(tx: EntityManager): Promise<number | null> {
    const [row]: { ms: number | null }[] = await tx.query(
      `SELECT extract(epoch FROM min(available_at) - now()) * 1000 AS ms
         FROM outbox_messages
        WHERE completed_at IS NULL AND dead_at IS NULL AND available_at > now()`,
    );
    return row?.ms === null || row?.ms === undefined ? null : Math.max(0, Number(row.ms));
  }

  async markRelayed(tx: EntityManager, ids: string[]): Promise<void> {
    await tx.query(`UPDATE outbox_messages SET relayed_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Waits for a concurrent handler of the same message to finish, so the second one sees it completed. */
  async lockForHandling(tx: EntityManager, id: string): Promise<LockedMessage | null> {
    const rows: LockedMessage[] = await tx.query(
      `SELECT job_name AS "jobName", payload, attempts, max_attempts AS "maxAttempts", completed_at IS NOT NULL AS completed,
              request_id AS "requestId", periodic_key AS "periodicKey"
         FROM outbox_messages
        WHERE id = $1
          FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  /**
   * Records that a run starts, in a statement of its own that commits at
   * once, so the start is visible while the run goes on, and stays visible
   * if the worker dies. Waits for a run already holding the row.
   */
  async markStarted(runner: EntityManager, id: string): Promise<void> {
    await runner.query(`UPDATE outbox_messages SET started_at = now() WHERE id = $1 AND completed_at IS NULL`, [id]);
  }

  /**
   * Gives each periodic job an uncompleted message due now: a new one, or
   * the waiting one brought forward. One being run right now is left alone.
   */
  async makePeriodicDue(tx: EntityManager, jobs: readonly PeriodicJob[]): Promise<void> {
    await tx.query(
      `INSERT INTO outbox_messages (queue, job_name, payload, periodic_key)
       SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[], $2::text[])
       ON CONFLICT (periodic_key) WHERE completed_at IS NULL DO NOTHING`,
      [jobs.map((job) => JOB_QUEUE[job.jobName]), jobs.map((job) => job.jobName), jobs.map((job) => JSON.stringify(job.payload))],
    );
    await tx.query(
      `UPDATE outbox_messages SET available_at = now(), relayed_at = NULL
        WHERE id IN (SELECT id FROM outbox_messages
                      WHERE periodic_key = ANY($1::text[]) AND completed_at IS NULL AND available_at > now()
                        FOR UPDATE SKIP LOCKED)`,
      [jobs.map((job) => job.jobName)],
    );
  }

  /** The next run of a periodic job, after the one just completed in this transaction. */
  async addNextRun(tx: EntityManager, job: PeriodicJob): Promise<void> {
    await tx.query(
      `INSERT INTO outbox_messages (queue, job_name, payload, periodic_key, available_at)
       VALUES ($1, $2, $3::jsonb, $2, now() + make_interval(secs => $4::double precision / 1000))
       ON CONFLICT (periodic_key) WHERE completed_at IS NULL DO NOTHING`,
      [JOB_QUEUE[job.jobName], job.jobName, JSON.stringify(job.payload), job.everyMs],
    );
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
              started_at = NULL,
              relayed_at = NULL,
              available_at = now() + make_interval(secs => coalesce($3::double precision, 0) / 1000),
              dead_at = CASE WHEN $3::double precision IS NULL THEN now() END
        WHERE id = $1 AND completed_at IS NULL`,
      [id, error, retryDelayMs],
    );
  }
}
