import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@samverkan/config';
import { RequestRateLimiter } from '@samverkan/auth';
import { SessionService, bearerTokenOf } from '@samverkan/organisation';
import cookieParser from 'cookie-parser';
import {
  ObservabilityConfig,
  QUEUE_DASHBOARD_PATH,
  QueueDashboard,
  RequestObserver,
  loadObservabilityConfig,
  runBootChecks,
} from '@samverkan/observability';
import { ApiModule } from './api.module';
import { ApiHttpAdapter } from './http/unknown-address.handler';
import { requestIdOf } from './graphql/graphql-context.factory';
import { corsOptions } from './http/cors-options';
import { addressRateLimit, downloadCredentials } from './http/request-admission';
import { graphqlLanding } from './http/graphql-console.page';
import { operationShapeGuard } from './graphql/operation-shape';
import { securityHeaders } from './http/security-headers.middleware';
import { serveWebWorkspace } from './web/web-workspace.middleware';
import { useJsonBody } from './http/json-body';

/** "trust proxy" as Express takes it: a hop count or a list of proxy addresses. */
function trustProxySetting(value: string): number | string {
  return /^\d+$/.test(value) ? Number(value) : value;
}

/**
 * Builds the API application once the boot checks pass; main.ts listens and
 * handles SIGTERM, tests listen on a random port.
 */
export async function createApiApp(
  config: AppConfig,
  observability: ObservabilityConfig = loadObservabilityConfig(process.env, config.nodeEnv),
): Promise<INestApplication> {
  const logger = await runBootChecks(config, observability, 'api');
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config, observability), new ApiHttpAdapter(), {
    logger,
    bodyParser: false,
    cors: corsOptions(config),
  });
  app.disable('x-powered-by');
  if (config.trustProxy !== '') app.set('trust proxy', trustProxySetting(config.trustProxy));
  // First, so every request has its id, log context and timing, whatever answers it.
  app.use(app.get(RequestObserver).middleware(requestIdOf));
  app.use(securityHeaders(config));
  // The web workspace's files and page paths; API paths pass through to their handlers.
  app.use(serveWebWorkspace());
  useJsonBody(app, config);
  app.use(graphqlLanding(config));
  app.use('/graphql', operationShapeGuard(config));
  // The browser session cookie; GraphQL and downloads read it when no bearer token is given.
  app.use(cookieParser());
  app.use('/exports', downloadCredentials(app.get(SessionService), app.get(RequestRateLimiter)));
  app.use('/auth/oidc', addressRateLimit(app.get(RequestRateLimiter)));
  app.use(QUEUE_DASHBOARD_PATH, ...app.get(QueueDashboard).handlers(bearerTokenOf));
  return app;
}
