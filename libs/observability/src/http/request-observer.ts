import { Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import { Injectable, Logger } from '@nestjs/common';
import { LogContext, withLogContext } from '@samverkan/common';
import { NextFunction, Request, RequestHandler, Response } from 'express';
import { Histogram, Registry } from 'prom-client';
import { DURATION_BUCKETS } from '../metrics/metrics-registry';

/** Routes served outside Nest's router (Apollo, the queue dashboard), by path prefix. */
const MOUNTED_ROUTES = ['/graphql', '/admin/queues'];
/** Probes and scrapes come every few seconds; their request lines are debug-level. */
const QUIET_ROUTES = new Set(['/health/live', '/health/ready', '/metrics']);
/** What a client that gave up before the answer gets counted as (nginx's convention). */
const CLIENT_CLOSED_REQUEST = 499;

/**
 * First in the api's middleware chain: gives each request its id and log
 * context, times it, writes one log line when it ends, and counts requests in
 * flight so a shutdown can wait for them.
 */
@Injectable()
export class RequestObserver {
  private readonly logger = new Logger('Http');
  private readonly duration: Histogram<'method' | 'route' | 'status'>;
  private readonly inFlight = new Set<Response>();
  private draining = false;

  constructor(registry: Registry) {
    this.duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP requests by method, route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: DURATION_BUCKETS,
      registers: [registry],
    });
  }

  /** `requestIdOf` picks the id (a sane X-Request-Id, or a new one); the GraphQL context then reads the same. */
  middleware(requestIdOf: (req: Request) => string): RequestHandler {
    return (req: Request, res: Response, next: NextFunction): void => {
      if (this.draining) return refuseWhileDraining(res);
      const requestId = requestIdOf(req);
      req.headers['x-request-id'] = requestId;
      res.setHeader('X-Request-Id', requestId);
      const logContext: LogContext = { requestId };
      const stopTimer = this.duration.startTimer();
      this.inFlight.add(res);
      const end = (): void => {
        if (!this.inFlight.delete(res)) return;
        const status = res.writableFinished ? res.statusCode : CLIENT_CLOSED_REQUEST;
        const route = routeOf(req);
        const seconds = stopTimer({ method: req.method, route, status: String(status) });
        withLogContext(logContext, () => this.logRequest(req, route, status, seconds));
      };
      res.on('finish', end);
      res.on('close', end);
      withLogContext(logContext, next);
    };
  }

  /**
   * Stops taking requests and waits up to `timeoutMs` for those in flight
   * and for the connections to close, then closes whatever is left.
   */
  async drain(server: Server, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    this.draining = true;
    // Answers still being worked on close their connection once sent.
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    // Stop listening without http.Server#close(), which also cuts idle kept-alive connections and so
    // races a request a client is sending on one right now; such a request gets a clean 503 instead.
    NetServer.prototype.close.call(server);
    if (this.inFlight.size > 0) this.logger.log(`Waiting for ${this.inFlight.size} request(s) in flight, at most ${timeoutMs} ms`);
    await pollUntil(() => this.inFlight.size === 0, deadline);
    if (this.inFlight.size > 0) this.logger.warn(`Shutdown timeout: cutting off ${this.inFlight.size} request(s) still in flight`);
    // Clients drop idle kept-alive connections before the server's keep-alive timeout would.
    await pollUntil(async () => (await openConnections(server)) === 0, deadline);
    server.closeAllConnections();
  }

  private logRequest(req: Request, route: string, status: number, seconds: number): void {
    const line = { msg: 'request completed', method: req.method, route, status, durationMs: Math.round(seconds * 1000) };
    if (QUIET_ROUTES.has(route)) this.logger.debug(line);
    else if (status >= 500) this.logger.warn(line);
    else this.logger.log(line);
  }
}

const POLL_MS = 50;

async function pollUntil(done: () => boolean | Promise<boolean>, deadline: number): Promise<void> {
  while (!(await done()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
}

function openConnections(server: Server): Promise<number> {
  return new Promise((resolve) => server.getConnections((error, count) => resolve(error ? 0 : count)));
}

/** A request on a kept-alive connection after shutdown began: turned away before any work, told to go elsewhere. */
function refuseWhileDraining(res: Response): void {
  res.setHeader('Connection', 'close');
  res.setHeader('Retry-After', '1');
  res.status(503).json({ errors: [{ message: 'The server is shutting down; try again', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
}

/** A bounded label: the matched route's pattern, a mounted prefix, or "unmatched" (never the raw path). */
function routeOf(req: Request): string {
  const pattern = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof pattern === 'string') return `${req.baseUrl}${pattern}`;
  const path = req.originalUrl.split('?')[0] ?? '';
  return MOUNTED_ROUTES.find((prefix) => path === prefix || path.startsWith(`${prefix}/`)) ?? 'unmatched';
}
