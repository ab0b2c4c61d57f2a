import { randomUUID } from 'node:crypto';
import { GraphqlContext, RequestRateLimiter } from '@samverkan/auth';
import { Deadline, LoaderRegistry } from '@samverkan/common';
import { SessionService } from '@samverkan/organisation';
import { Request, Response } from 'express';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** Keeps a caller-supplied request id when it is sane, so logs can be followed across systems. */
export function requestIdOf(req: Request): string {
  const header = req.headers['x-request-id'];
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

export interface GraphqlContextSources {
  session: SessionService;
  rateLimiter: RequestRateLimiter;
  requestTimeoutMs: number;
}

/** Once per HTTP request: rate limits first, then who is calling (bearer token, else session cookie). */
export async function buildGraphqlContext(req: Request, res: Response, { session, rateLimiter, requestTimeoutMs }: GraphqlContextSources): Promise<GraphqlContext> {
  const deadline = Deadline.after(requestTimeoutMs);
  // req.ip honours the "trust proxy" setting; the socket address is the fallback.
  const clientAddress = req.ip ?? req.socket.remoteAddress ?? 'unknown';
  await rateLimiter.admitAddress(clientAddress);
  const { actor, sessionCookie } = await session.authenticate(req, res);
  if (actor) await rateLimiter.admitUser(actor.userId);
  return { requestId: requestIdOf(req), actor, loaders: new LoaderRegistry(), clientAddress, deadline, sessionCookie };
}
