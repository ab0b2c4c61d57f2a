import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfigOrExit } from '@samverkan/config';
import { closeOnTerminationSignal, loadObservabilityConfig } from '@samverkan/observability';
import { QueueName } from '@samverkan/queue';
import { createWorker } from './worker.app';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit('worker');
  const observability = loadObservabilityConfig(process.env, config.nodeEnv);
  const worker = await createWorker(config, observability);
  // On SIGTERM or SIGINT: stop relaying, let active jobs finish (at most SHUTDOWN_TIMEOUT_MS), close connections, exit 0.
  closeOnTerminationSignal(worker, { timeoutMs: observability.shutdownTimeoutMs });
  new Logger('Worker').log(
    `Worker ready: queues ${Object.values(QueueName).join(', ')}; outbox polled every ${config.outboxPollMs} ms`,
  );
}

bootstrap().catch((error: unknown) => {
  console.error('[worker] failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
