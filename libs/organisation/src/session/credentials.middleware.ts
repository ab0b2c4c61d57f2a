import { Injectable, NestMiddleware } from '@nestjs/common';
import { AuthenticatedRequest } from '@samverkan/auth';
import { NextFunction, Request, Response } from 'express';
import { SessionService } from './session.service';

/**
 * For plain HTTP routes (downloads): puts the caller behind the bearer token
 * or session cookie on the request, where the global authentication guard
 * looks for them. Without valid credentials the actor is null and the guard
 * answers 401.
 */
@Injectable()
export class CredentialsMiddleware implements NestMiddleware {
  constructor(private readonly session: SessionService) {}

  async use(req: Request & AuthenticatedRequest, res: Response, next: NextFunction): Promise<void> {
    try {
      Object.assign(req, await this.session.authenticate(req, res));
      next();
    } catch (error) {
      next(error);
    }
  }
}
