import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import { QueueName } from '@samverkan/queue';
import { Queue } from 'bullmq';

/** Every BullMQ queue of the system, one per QueueName, all fed by the outbox relay. */
export const ALL_QUEUE_NAMES: readonly string[] = Object.values(QueueName);

/** Read-side handles on every queue, for queue metrics and the dashboard; opened on first use. */
@Injectable()
export class ObservedQueues implements OnApplicationShutdown {
  private readonly logger = new Logger(ObservedQueues.name);
  private opened?: Queue[];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get all(): Queue[] {
    this.opened ??= ALL_QUEUE_NAMES.map((name) => {
      // One retry, so a scrape or a dashboard page fails fast while Redis is away.
      const queue = new Queue(name, { connection: { url: this.config.redisUrl, maxRetriesPerRequest: 1 }, prefix: this.config.redisPrefix });
      queue.on('error', (error) => this.logger.debug(`Queue ${name}: ${error.message}`));
      return queue;
    });
    return this.opened;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all((this.opened ?? []).map((queue) => queue.close()));
  }
}
