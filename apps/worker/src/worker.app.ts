import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, nestLogLevels } from '@samverkan/config';
import { WorkerModule } from './worker.module';

/**
 * Boots the worker: relaying and processing start before this resolves. It
 * rejects when a job has no handler. main.ts adds the signal handling; tests
 * boot several in one process.
 */
export function createWorker(config: AppConfig): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: nestLogLevels(config),
    abortOnError: false,
  });
}
