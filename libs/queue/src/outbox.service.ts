import { Injectable } from '@nestjs/common';
import { currentLogContext } from '@samverkan/common';
import { EntityManager } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity';
import { JOB_QUEUE, JobName, JobPayloads } from './queue.constants';

/** A job to run once the change that causes it has committed. */
export interface OutboxMessageInput<N extends JobName = JobName> {
  jobName: N;
  payload: JobPayloads[N];
  /** Not before this time; now when left out. */
  availableAt?: Date;
  /** The request that causes the job; the request being handled when left out. */
  requestId?: string;
  /** Runs after which the message is dead; JOB_MAX_ATTEMPTS for its job when left out. */
  maxAttempts?: number;
}

/** Rows per INSERT, well below PostgreSQL's limit of bind parameters. */
const INSERT_CHUNK = 2_000;

/** Where mutations record the work they cause. */
@Injectable()
export class OutboxService {
  /**
   * Writes the message in the caller's transaction, so it exists exactly when
   * the change does. Returns the message id, which is also the BullMQ job id.
   */
  async add<N extends JobName>(tx: EntityManager, message: OutboxMessageInput<N>): Promise<string> {
    const [id] = await this.addMany(tx, [message]);
    return id!;
  }

  /** Several messages in one statement, e.g. a reminder each for many people; returns their ids in order. */
  async addMany<N extends JobName>(tx: EntityManager, messages: readonly OutboxMessageInput<N>[]): Promise<string[]> {
    if (!tx.queryRunner?.isTransactionActive) {
      throw new Error('OutboxService.add must run inside the transaction of the change that causes the job');
    }
    const ids: string[] = [];
    for (let start = 0; start < messages.length; start += INSERT_CHUNK) {
      const result = await tx.insert(
        OutboxMessage,
        messages.slice(start, start + INSERT_CHUNK).map((message) => ({
          queue: JOB_QUEUE[message.jobName],
          jobName: message.jobName,
          payload: message.payload,
          availableAt: message.availableAt,
          requestId: message.requestId ?? currentLogContext()?.requestId ?? null,
          maxAttempts: message.maxAttempts ?? null,
        })),
      );
      ids.push(...result.identifiers.map((identifier) => identifier.id as string));
    }
    return ids;
  }

  /**
   * Makes an uncompleted message due now; a dead one gets a fresh series of
   * attempts. In the caller's transaction; false when the message is unknown
   * or completed. Re-enqueueing a job BullMQ still holds is harmless (same job id).
   */
  async retryNow(tx: EntityManager, id: string): Promise<boolean> {
    const [, affected]: [unknown, number] = await tx.query(
      `UPDATE outbox_messages
          SET attempts = CASE WHEN dead_at IS NULL THEN attempts ELSE 0 END,
              dead_at = NULL, relayed_at = NULL, available_at = now()
        WHERE id = $1 AND completed_at IS NULL`,
      [id],
    );
    return affected === 1;
  }
}
