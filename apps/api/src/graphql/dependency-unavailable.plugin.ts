import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { DEPENDENCY_RETRY_AFTER_SECONDS } from '@samverkan/common';
import { LimitErrorCode } from './graphql-error.filter';

/**
 * A response carrying a SERVICE_UNAVAILABLE error (PostgreSQL or Redis
 * unreachable, from any resolver, root or nested) is sent as HTTP 503 with
 * Retry-After, so clients and proxies see it as a temporary outage rather
 * than a bug.
 */
export class DependencyUnavailablePlugin implements ApolloServerPlugin {
  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const unavailable = response.body.singleResult.errors?.some((error) => error.extensions?.code === LimitErrorCode.SERVICE_UNAVAILABLE);
        if (!unavailable) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(DEPENDENCY_RETRY_AFTER_SECONDS));
      },
    };
  }
}
