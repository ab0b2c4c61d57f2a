import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type Redis from 'ioredis';
import { DueMessage } from './outbox.repository';
import { QUEUE_CONNECTION, QueueConnection } from './queue-connection';
import { QueueName } from './queue.constants';

/**
 * One attempt per job, and finished jobs removed at once: retries and history
 * live in the outbox row, and a removed id can be enqueued again when the
 * relay retries the message.
 */
const JOB_OPTIONS = { attempts: 1, removeOnComplete: true, removeOnFail: true } as const;

/** The producer side of BullMQ, used by the relay. */
@Injectable()
export class JobQueues implements OnApplicationShutdown {
  private readonly logger = new Logger(JobQueues.name);
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@Inject(QUEUE_CONNECTION) private readonly connection: QueueConnection) {}

  /** Only the messages whose job Redis does not hold: never relayed, or lost with Redis. */
  async withoutJob(messages: DueMessage[]): Promise<DueMessage[]> {
    const states = await Promise.all(
      messages.map((message) => (message.relayed ? this.queue(message.queue).getJobState(message.id) : 'unknown')),
    );
    return messages.filter((_, index) => states[index] === 'unknown');
  }

  /**
   * True when Redis has lost its data since the last call (FLUSHALL, or a
   * restart without persistence), and on the first call against an empty
   * Redis: a key this sets is gone. Then every relayed message's job may be
   * gone with it.
   */
  async lostData(): Promise<boolean> {
    // The queue's ioredis client; BullMQ's own type declares too few commands.
    const client = (await this.queue(QueueName.DELIVERY).getBackend().client) as unknown as Redis;
    return (await client.set(`${this.connection.prefix}:outbox-relay:alive`, '1', 'NX')) === 'OK';
  }

  /** The job id is the message id, so BullMQ ignores a message it already holds. */
  async enqueue(messages: DueMessage[]): Promise<void> {
    const byQueue = new Map<QueueName, DueMessage[]>();
    for (const message of messages) byQueue.set(message.queue, [...(byQueue.get(message.queue) ?? []), message]);
    await Promise.all(
      [...byQueue].map(([queue, batch]) =>
        this.queue(queue).addBulk(
          batch.map((message) => ({
            name: message.jobName,
            data: message.payload,
            opts: { ...JOB_OPTIONS, jobId: message.id },
          })),
        ),
      ),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection.producer, prefix: this.connection.prefix });
      // Without a listener a connection error would crash the process; the relay retries on its next pass.
      queue.on('error', (error) => this.logger.warn(`Queue ${name}: ${error.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }
}
