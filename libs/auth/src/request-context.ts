import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Deadline, LoaderRegistry } from '@samverkan/common';
import { Actor, CallContext } from './actor';
import { AuthException, AuthExceptionCode } from './auth.exception';

/** What every GraphQL resolver sees: built once per HTTP request. */
export interface GraphqlContext {
  requestId: string;
  actor: Actor | null;
  loaders: LoaderRegistry;
  /** The caller's IP address, as far as the configured proxies can be trusted. */
  clientAddress: string;
  deadline: Deadline;
}

export function graphqlContextOf(context: ExecutionContext): GraphqlContext {
  return GqlExecutionContext.create(context).getContext<GraphqlContext>();
}

/** The caller and request id, for mutations; rejects anonymous calls. */
export const Call = createParamDecorator((_data: unknown, context: ExecutionContext): CallContext => {
  const { actor, requestId, deadline } = graphqlContextOf(context);
  if (!actor) throw new AuthException(AuthExceptionCode.NOT_AUTHENTICATED, 'You must be logged in');
  return { actor, requestId, deadline };
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

/** The caller's IP address, for limits per address (login throttling). */
export const ClientAddress = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string => graphqlContextOf(context).clientAddress,
);
