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
}

/** Where mutations record the work they cause. */
@Injectable()
export class OutboxService {
  /**
   * Writes the message in the caller's transaction, so it exists exactly when
   * the change does. Returns the message id, which is also the BullMQ job id.
   */
  async add<N extends JobName>(tx: EntityManager, message: OutboxMessageInput<N>): Promise<string> {
    if (!tx.queryRunner?.isTransactionActive) {
      throw new Error('OutboxService.add must run inside the transaction of the change that causes the job');
    }
    const result = await tx.insert(OutboxMessage, {
      queue: JOB_QUEUE[message.jobName],
      jobName: message.jobName,
      payload: message.payload,
      availableAt: message.availableAt,
      requestId: message.requestId ?? currentLogContext()?.requestId ?? null,
    });
    return result.identifiers[0].id as string;
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
