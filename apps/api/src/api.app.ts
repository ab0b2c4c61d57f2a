import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, nestLogLevels } from '@samverkan/config';
import { ApiModule } from './api.module';

/** Builds the API application; main.ts listens, tests listen on a random port. */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create(ApiModule.forRoot(config), { logger: nestLogLevels(config) });
  app.enableShutdownHooks();
  return app;
}
