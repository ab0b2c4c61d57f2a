import { AppConfig } from '@samverkan/config';
import { ConnectionOptions } from 'bullmq';

export const QUEUE_CONNECTION = Symbol('QUEUE_CONNECTION');

/** How every BullMQ queue and worker in a process reaches Redis. */
export interface QueueConnection {
  /** Key prefix, so several deployments or test suites share one Redis. */
  prefix: string;
  /**
   * For adding jobs. The relay adds them while it holds row locks, so a
   * command fails at once when Redis is down instead of waiting for it.
   */
  producer: ConnectionOptions;
  /** For workers: BullMQ's blocking commands must wait for Redis to return. */
  worker: ConnectionOptions;
}

export function queueConnection(config: AppConfig): QueueConnection {
  return {
    prefix: config.redisPrefix,
    producer: { url: config.redisUrl, enableOfflineQueue: false },
    worker: { url: config.redisUrl, maxRetriesPerRequest: null },
  };
}
