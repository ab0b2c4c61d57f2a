import { Injectable, NestMiddleware } from '@nestjs/common';
import { Actor, RequestRateLimiter } from '@samverkan/auth';
import { SessionService } from '@samverkan/organisation';
import { NextFunction, Request } from 'express';

/**
 * For plain HTTP routes: puts the actor behind the bearer token on the
 * request, where the global authentication guard looks for it. A missing or
 * invalid token leaves it null, and the guard answers 401. The request
 * rate limits count here exactly as for GraphQL (address first, then the
 * person or token), so an export is no way around them.
 */
@Injectable()
export class BearerActorMiddleware implements NestMiddleware {
  constructor(
    private readonly session: SessionService,
    private readonly rateLimiter: RequestRateLimiter,
  ) {}

  async use(req: Request & { actor?: Actor | null }, _res: unknown, next: NextFunction): Promise<void> {
    try {
      await this.rateLimiter.admitAddress(req.ip ?? req.socket.remoteAddress ?? 'unknown');
      const match = /^bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
      req.actor = match ? await this.session.actorFromToken(match[1]!) : null;
      if (req.actor) await this.rateLimiter.admitUser(req.actor.userId);
      next();
    } catch (error) {
      next(error);
    }
  }
}
