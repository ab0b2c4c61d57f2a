import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfigOrExit } from '@samverkan/config';
import { createApiApp } from './api.app';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit('api');
  const app = await createApiApp(config);
  await app.listen(config.port, config.host);
  new Logger('Api').log(`GraphQL API listening on http://${config.host}:${config.port}/graphql`);
}

bootstrap().catch((error: unknown) => {
  console.error('[api] failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
