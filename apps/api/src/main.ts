import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfigOrExit } from '@samverkan/config';
import { RequestObserver, closeOnTerminationSignal, loadObservabilityConfig } from '@samverkan/observability';
import { createApiApp } from './api.app';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit('api');
  const observability = loadObservabilityConfig(process.env, config.nodeEnv);
  const app = await createApiApp(config, observability);
  await app.listen(config.port, config.host);
  // On SIGTERM or SIGINT: stop taking requests, finish those in flight, close connections, exit 0.
  closeOnTerminationSignal(app, {
    timeoutMs: observability.shutdownTimeoutMs,
    drain: () => app.get(RequestObserver).drain(app.getHttpServer(), observability.shutdownTimeoutMs),
  });
  new Logger('Api').log(`GraphQL API listening on http://${config.host}:${config.port}/graphql`);
}

bootstrap().catch((error: unknown) => {
  console.error('[api] failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
