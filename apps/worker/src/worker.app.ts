import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@samverkan/config';
import { ObservabilityConfig, loadObservabilityConfig, runBootChecks } from '@samverkan/observability';
import { WorkerModule } from './worker.module';

/**
 * Boots the worker once the boot checks pass: relaying and processing start
 * before this resolves. It rejects when a job has no handler. main.ts adds
 * the signal handling; tests boot several in one process.
 */
export async function createWorker(
  config: AppConfig,
  observability: ObservabilityConfig = loadObservabilityConfig(process.env, config.nodeEnv),
): Promise<INestApplicationContext> {
  const logger = await runBootChecks(config, observability, 'worker');
  return NestFactory.createApplicationContext(WorkerModule.forRoot(config, observability), {
    logger,
    abortOnError: false,
  });
}
