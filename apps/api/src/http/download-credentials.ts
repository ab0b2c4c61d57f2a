import { AuthenticatedRequest } from '@samverkan/auth';
import { SessionService } from '@samverkan/organisation';
import { NextFunction, Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import { LimitErrorCode } from '../graphql/graphql-error.filter';
import { RequestRateLimiter } from '../graphql/request-rate-limiter';

/**
 * For downloads (GET /exports/...): the same rate limits as GraphQL
 * requests, counted together with them, then who is calling (bearer token,
 * else session cookie) put on the request for the global authentication
 * guard. Without valid credentials the actor is null and the guard answers 401.
 */
export function downloadCredentials(session: SessionService, rateLimiter: RequestRateLimiter): RequestHandler {
  return async (req: Request & AuthenticatedRequest, res: Response, next: NextFunction): Promise<void> => {
    try {
      await rateLimiter.admitAddress(req.ip ?? req.socket.remoteAddress ?? 'unknown');
      const authentication = await session.authenticate(req, res);
      if (authentication.actor) await rateLimiter.admitUser(authentication.actor.userId);
      Object.assign(req, authentication);
      next();
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === LimitErrorCode.TOO_MANY_REQUESTS) {
        res.status(429).set('retry-after', String(error.extensions.retryAfterSeconds)).json({ error: { code: LimitErrorCode.TOO_MANY_REQUESTS, message: error.message } });
        return;
      }
      next(error);
    }
  };
}
