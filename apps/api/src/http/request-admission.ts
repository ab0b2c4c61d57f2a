import { AuthenticatedRequest, RequestRateLimiter } from '@samverkan/auth';
import { SessionService } from '@samverkan/organisation';
import { NextFunction, Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import { LimitErrorCode } from '../graphql/graphql-error.filter';

/**
 * For downloads (GET /exports/...): the same rate limits as GraphQL
 * requests, counted together with them, then who is calling (bearer token,
 * else session cookie) put on the request for the global authentication
 * guard. Without valid credentials the actor is null and the guard answers 401.
 */
export function downloadCredentials(session: SessionService, rateLimiter: RequestRateLimiter): RequestHandler {
  return async (req: Request & AuthenticatedRequest, res: Response, next: NextFunction): Promise<void> => {
    try {
      await rateLimiter.admitAddress(clientAddressOf(req));
      const authentication = await session.authenticate(req, res);
      if (authentication.actor) await rateLimiter.admitUser(authentication.actor.userId);
      Object.assign(req, authentication);
      next();
    } catch (error) {
      answerLimitOrPass(error, res, next);
    }
  };
}

/**
 * For the browser's single sign-on (GET /auth/oidc/...): nobody is signed in
 * yet, so the address limit alone, counted together with GraphQL requests.
 * Each start makes a request to the identity provider's discovery and a
 * sealed flow; each callback a token exchange.
 */
export function addressRateLimit(rateLimiter: RequestRateLimiter): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      await rateLimiter.admitAddress(clientAddressOf(req));
      next();
    } catch (error) {
      answerLimitOrPass(error, res, next);
    }
  };
}

function clientAddressOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

function answerLimitOrPass(error: unknown, res: Response, next: NextFunction): void {
  if (error instanceof GraphQLError && error.extensions.code === LimitErrorCode.TOO_MANY_REQUESTS) {
    res.status(429).set('retry-after', String(error.extensions.retryAfterSeconds)).json({ error: { code: LimitErrorCode.TOO_MANY_REQUESTS, message: error.message } });
    return;
  }
  next(error);
}
