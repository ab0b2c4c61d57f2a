import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { HeaderMap } from '@apollo/server';
import {
  DEPENDENCY_RETRY_AFTER_SECONDS,
  Dependency,
  DomainException,
  ErrorKind,
  RequestTimeoutException,
  TooManyRequestsException,
  unavailableDependency,
} from '@samverkan/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';

const logger = new Logger('GraphQL');

/** PostgreSQL error codes that are the caller's doing rather than ours. */
const PG_UNIQUE_VIOLATION = '23505';
const PG_INVALID_TEXT = '22P02';
/** statement_timeout: the request's deadline cut a statement short. */
const PG_QUERY_CANCELED = '57014';

/** Codes of the API's own limits, beside the ErrorKinds of the domain. */
export const LimitErrorCode = {
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  TIMEOUT: 'TIMEOUT',
  /** PostgreSQL or Redis is unreachable: HTTP 503 with Retry-After (DependencyUnavailablePlugin, the HTTP filter). */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const;

const DEPENDENCY_NAMES: Record<Dependency, string> = { postgres: 'The database', redis: 'The queue store' };

/** What a caller is told while a dependency is down: try again, nothing is wrong with the request. */
export function serviceUnavailable(dependency: Dependency): GraphQLError {
  logger.warn(`${dependency} is unreachable; answering 503`);
  return new GraphQLError(`${DEPENDENCY_NAMES[dependency]} is unavailable; try again in a few seconds`, {
    extensions: { code: LimitErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: DEPENDENCY_RETRY_AFTER_SECONDS },
  });
}

/**
 * For errors thrown while the GraphQL context is built (who is calling),
 * before any plugin sees the request: Apollo takes the status and headers
 * from the error itself.
 */
export function asContextError(error: unknown): never {
  const dependency = unavailableDependency(error);
  if (!dependency) throw error;
  const unavailable = serviceUnavailable(dependency);
  throw new GraphQLError(unavailable.message, {
    extensions: {
      ...unavailable.extensions,
      http: { status: 503, headers: new HeaderMap([['retry-after', String(DEPENDENCY_RETRY_AFTER_SECONDS)]]) },
    },
  });
}

/**
 * The API edge: domain exceptions become GraphQL errors with a code and the
 * field at fault; anything unexpected is logged and masked, never leaked.
 */
@Catch()
export class GraphqlErrorFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    if (host.getType<string>() !== 'graphql') return this.catchHttp(exception, host);
    return toGraphqlError(exception);
  }

  private catchHttp(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<{ status(code: number): { json(body: unknown): void }; setHeader(name: string, value: string): void }>();
    const error = toGraphqlError(exception);
    const code = String(error.extensions.code);
    const status =
      { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409, TOO_MANY_REQUESTS: 429, TIMEOUT: 503, SERVICE_UNAVAILABLE: 503 }[
        code
      ] ?? 500;
    const retryAfter = error.extensions.retryAfterSeconds ?? (code === LimitErrorCode.SERVICE_UNAVAILABLE ? DEPENDENCY_RETRY_AFTER_SECONDS : undefined);
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    response.status(status).json({ error: { code, message: error.message, field: error.extensions.field } });
  }
}

export function toGraphqlError(exception: unknown): GraphQLError {
  if (exception instanceof GraphQLError) return exception;
  if (exception instanceof DomainException) {
    return new GraphQLError(exception.message, {
      extensions: { code: exception.kind, reason: exception.code, ...(exception.field ? { field: exception.field } : {}) },
    });
  }
  if (exception instanceof TooManyRequestsException) {
    return new GraphQLError(exception.message, {
      extensions: { code: LimitErrorCode.TOO_MANY_REQUESTS, retryAfterSeconds: exception.retryAfterSeconds },
    });
  }
  if (exception instanceof RequestTimeoutException) {
    return new GraphQLError(exception.message, { extensions: { code: LimitErrorCode.TIMEOUT } });
  }
  const unreachable = unavailableDependency(exception);
  if (unreachable) return serviceUnavailable(unreachable);
  if (exception instanceof QueryFailedError) {
    const pgCode = (exception.driverError as { code?: string } | undefined)?.code;
    if (pgCode === PG_QUERY_CANCELED) {
      return new GraphQLError('The request took too long and was stopped; nothing was changed', { extensions: { code: LimitErrorCode.TIMEOUT } });
    }
    if (pgCode === PG_UNIQUE_VIOLATION) {
      return new GraphQLError('This conflicts with an existing record', { extensions: { code: ErrorKind.CONFLICT } });
    }
    if (pgCode === PG_INVALID_TEXT) {
      return new GraphQLError('A value has the wrong format', { extensions: { code: ErrorKind.BAD_USER_INPUT } });
    }
  }
  if (exception instanceof HttpException && exception.getStatus() === 413) {
    return new GraphQLError('The request is too large', { extensions: { code: ErrorKind.BAD_USER_INPUT } });
  }
  logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
  return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/**
 * The edge for errors that never met the filter: nested field resolvers run
 * without Nest's filter pipeline (it would wrap every field of every listed
 * item), so a domain exception from one is mapped here; and an internal
 * error's own message may name tables or values, so the caller gets a fixed one.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (!(original instanceof GraphQLError)) {
    const mapped = toGraphqlError(original);
    return { message: mapped.message, locations: formatted.locations, path: formatted.path, extensions: mapped.extensions };
  }
  if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR' || formatted.message === 'Internal server error') return formatted;
  // Apollo's own refusals of a malformed request (a persisted-query hash that does not match, say) carry an
  // HTTP 4xx but no code: the caller's mistake, not ours.
  const status = (original.extensions.http as { status?: number } | undefined)?.status;
  if (status !== undefined && status >= 400 && status < 500 && !original.originalError) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_REQUEST' } };
  }
  logger.error(error instanceof Error ? error.stack ?? error.message : String(error));
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
