import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Injectable } from '@nestjs/common';
import { UserRole } from '@samverkan/auth';
import { SessionService } from '@samverkan/organisation';
import { NextFunction, Request, RequestHandler, Response } from 'express';
import { ObservedQueues } from '../queues/observed-queues';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/** The dashboard's page loads its own scripts and styles (and bull-board's web font); the API's CSP allows nothing. */
const DASHBOARD_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline' https://fonts.googleapis.com; font-src 'self' https://fonts.gstatic.com; " +
  "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'none'";

/**
 * bull-board over every queue, read-only, for administrators: each request,
 * the page and its API calls alike, needs an administrator's bearer token.
 */
@Injectable()
export class QueueDashboard {
  constructor(
    private readonly queues: ObservedQueues,
    private readonly session: SessionService,
  ) {}

  /** The handlers to mount at QUEUE_DASHBOARD_PATH; `bearerTokenOf` reads the token the way the GraphQL context does. */
  handlers(bearerTokenOf: (req: Request) => string | null): RequestHandler[] {
    return [this.administratorsOnly(bearerTokenOf), allowDashboardPage, this.board()];
  }

  /** Built on the first administrator's visit, so an api nobody looks at opens no queue connections for it. */
  private board(): RequestHandler {
    let router: RequestHandler | undefined;
    return (req: Request, res: Response, next: NextFunction): void => {
      if (!router) {
        const serverAdapter = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
        createBullBoard({
          queues: this.queues.all.map((queue) => new BullMQAdapter(queue, { readOnlyMode: true })),
          serverAdapter,
        });
        router = serverAdapter.getRouter() as RequestHandler;
      }
      router(req, res, next);
    };
  }

  private administratorsOnly(bearerTokenOf: (req: Request) => string | null): RequestHandler {
    return (req: Request, res: Response, next: NextFunction): void => {
      const token = bearerTokenOf(req);
      const actor = token ? this.session.actorFromToken(token) : Promise.resolve(null);
      actor.then(
        (caller) => {
          if (!caller) return refuse(res, 401, 'UNAUTHENTICATED', 'You must be logged in');
          if (!caller.roles.includes(UserRole.ADMINISTRATOR)) return refuse(res, 403, 'FORBIDDEN', 'Administrators only');
          next();
        },
        (error: unknown) => next(error),
      );
    };
  }
}

function allowDashboardPage(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Content-Security-Policy', DASHBOARD_CSP);
  next();
}

function refuse(res: Response, status: number, code: string, message: string): void {
  if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
  res.status(status).json({ error: { code, message } });
}
