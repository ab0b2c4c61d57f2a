import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainException, ErrorKind } from '@samverkan/common';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';

const logger = new Logger('GraphQL');

/** PostgreSQL error codes that are the caller's doing rather than ours. */
const PG_UNIQUE_VIOLATION = '23505';
const PG_INVALID_TEXT = '22P02';

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
    const response = host.switchToHttp().getResponse<{ status(code: number): { json(body: unknown): void } }>();
    const error = toGraphqlError(exception);
    const code = String(error.extensions.code);
    const status = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409 }[code] ?? 500;
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
  if (exception instanceof QueryFailedError) {
    const pgCode = (exception.driverError as { code?: string } | undefined)?.code;
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
