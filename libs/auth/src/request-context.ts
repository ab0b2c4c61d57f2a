import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Deadline, LoaderRegistry } from '@samverkan/common';
import { Actor, CallContext } from './actor';
import { AuthException, AuthExceptionCode } from './auth.exception';
import { SessionCookieJar } from './browser-session';

/** What every GraphQL resolver sees: built once per HTTP request. */
export interface GraphqlContext {
  requestId: string;
  actor: Actor | null;
  loaders: LoaderRegistry;
  /** The caller's IP address, as far as the configured proxies can be trusted. */
  clientAddress: string;
  deadline: Deadline;
  /** The session cookie, for requests over HTTP (absent for calls made inside the server). */
  sessionCookie?: SessionCookieJar;
}

/** Why an anonymous caller is turned away: a session that ran out says so, so the browser can send the person to sign in. */
export function notAuthenticated(context: { sessionCookie?: SessionCookieJar }): AuthException {
  return context.sessionCookie?.expired
    ? new AuthException(AuthExceptionCode.SESSION_EXPIRED, 'Your session has expired; sign in again')
    : new AuthException(AuthExceptionCode.NOT_AUTHENTICATED, 'You must be logged in');
}

export function graphqlContextOf(context: ExecutionContext): GraphqlContext {
  return GqlExecutionContext.create(context).getContext<GraphqlContext>();
}

/** The caller and request id, for mutations; rejects anonymous calls. */
export const Call = createParamDecorator((_data: unknown, context: ExecutionContext): CallContext => {
  const graphql = graphqlContextOf(context);
  const { actor, requestId, deadline, sessionCookie } = graphql;
  if (!actor) throw notAuthenticated(graphql);
  return { actor, requestId, deadline, ...(sessionCookie?.sessionId ? { sessionId: sessionCookie.sessionId } : {}) };
});

/** The per-request DataLoader registry. */
export const Loaders = createParamDecorator(
  (_data: unknown, context: ExecutionContext): LoaderRegistry => graphqlContextOf(context).loaders,
);

/** The caller, or null when not logged in (the policy decides what that means). */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor | null => graphqlContextOf(context).actor,
);

/** The id of the current request, for audit rows of calls made before login. */
export const RequestId = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string => graphqlContextOf(context).requestId,
);

/** The request's session cookie, to set on sign-in and clear on sign-out. */
export const SessionCookie = createParamDecorator((_data: unknown, context: ExecutionContext): SessionCookieJar => {
  const { sessionCookie } = graphqlContextOf(context);
  if (!sessionCookie) throw new Error('The session cookie is only available on requests over HTTP');
  return sessionCookie;
});

/** The caller's IP address, for limits per address (login throttling). */
export const ClientAddress = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string => graphqlContextOf(context).clientAddress,
);
