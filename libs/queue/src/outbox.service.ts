import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity';
import { JOB_QUEUE, JobName, JobPayloads } from './queue.constants';

/** A job to run once the change that causes it has committed. */
export interface OutboxMessageInput<N extends JobName = JobName> {
  jobName: N;
  payload: JobPayloads[N];
  /** Not before this time; now when left out. */
  availableAt?: Date;
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
    });
    return result.identifiers[0].id as string;
  }
}
