import { randomUUID } from 'node:crypto';
import { GraphqlContext } from '@samverkan/auth';
import { LoaderRegistry } from '@samverkan/common';
import { SessionService } from '@samverkan/organisation';
import { Request } from 'express';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** Keeps a caller-supplied request id when it is sane, so logs can be followed across systems. */
export function requestIdOf(req: Request): string {
  const header = req.headers['x-request-id'];
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

export function bearerTokenOf(req: Request): string | null {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return null;
  const [scheme, token] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : null;
}

export async function buildGraphqlContext(req: Request, session: SessionService): Promise<GraphqlContext> {
  const token = bearerTokenOf(req);
  return {
    requestId: requestIdOf(req),
    actor: token ? await session.actorFromToken(token) : null,
    loaders: new LoaderRegistry(),
  };
}
