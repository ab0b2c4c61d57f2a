import { Injectable, NestMiddleware } from '@nestjs/common';
import { Actor } from '@samverkan/auth';
import { SessionService } from '@samverkan/organisation';
import { NextFunction, Request } from 'express';

/**
 * For plain HTTP routes: puts the actor behind the bearer token on the
 * request, where the global authentication guard looks for it. A missing or
 * invalid token leaves it null, and the guard answers 401.
 */
@Injectable()
export class BearerActorMiddleware implements NestMiddleware {
  constructor(private readonly session: SessionService) {}

  async use(req: Request & { actor?: Actor | null }, _res: unknown, next: NextFunction): Promise<void> {
    try {
      const match = /^bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
      req.actor = match ? await this.session.actorFromToken(match[1]!) : null;
      next();
    } catch (error) {
      next(error);
    }
  }
}
