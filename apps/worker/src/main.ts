import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfigOrExit } from '@samverkan/config';
import { QueueName } from '@samverkan/queue';
import { createWorker } from './worker.app';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit('worker');
  const worker = await createWorker(config);
  // On SIGTERM or SIGINT: stop relaying, let active jobs finish, close connections, exit 0.
  worker.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  new Logger('Worker').log(
    `Worker ready: queues ${Object.values(QueueName).join(', ')}; outbox polled every ${config.outboxPollMs} ms`,
  );
}

bootstrap().catch((error: unknown) => {
  console.error('[worker] failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
