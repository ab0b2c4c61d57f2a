import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@samverkan/config';
import { NextFunction, Request, Response } from 'express';

interface BodyParserError extends Error {
  status?: number;
  type?: string;
}

/** The same shape as a GraphQL error response, for failures before GraphQL sees the request. */
function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * JSON bodies up to the configured size; a larger or malformed body gets a
 * GraphQL-shaped error instead of Express's HTML page. With batching on, a
 * batch may hold at most GRAPHQL_MAX_BATCH_SIZE operations (each counted once by the rate limit).
 */
export function useJsonBody(app: NestExpressApplication, config: Pick<AppConfig, 'requestBodyLimitBytes' | 'graphqlAllowBatching' | 'graphqlMaxBatchSize'>): void {
  app.useBodyParser('json', { limit: config.requestBodyLimitBytes });
  app.use((error: BodyParserError, _req: Request, res: Response, next: NextFunction): void => {
    if (error.type === 'entity.too.large') {
      return sendError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than the limit of ${config.requestBodyLimitBytes} bytes`);
    }
    if (error.status !== undefined && error.status >= 400 && error.status < 500) {
      return sendError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON');
    }
    next(error);
  });
  app.use((req: Request, res: Response, next: NextFunction): void => {
    if (config.graphqlAllowBatching && Array.isArray(req.body) && req.body.length > config.graphqlMaxBatchSize) {
      return sendError(res, 400, 'BAD_REQUEST', `A batch may hold at most ${config.graphqlMaxBatchSize} operations`);
    }
    next();
  });
}
