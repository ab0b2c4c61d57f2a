import { ApolloServerPlugin, BaseContext, GraphQLRequestContextWillSendResponse, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { currentLogContext } from '@samverkan/common';
import { Counter, Histogram, Registry } from 'prom-client';
import { DURATION_BUCKETS } from './metrics-registry';

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Operation names are chosen by clients: past this many distinct ones, the rest count as "other". */
const MAX_OPERATION_LABELS = 200;

/**
 * Duration and errors of every GraphQL operation by name, and the name on
 * the request's log lines. Found by Nest through @Plugin().
 */
@Plugin()
export class GraphqlMetricsPlugin implements ApolloServerPlugin {
  private readonly duration: Histogram<'operation' | 'type' | 'outcome'>;
  private readonly errors: Counter<'operation' | 'code'>;
  private readonly operationLabels = new Set<string>();

  constructor(registry: Registry) {
    this.duration = new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'GraphQL operations by name, type (query, mutation) and outcome (success, error)',
      labelNames: ['operation', 'type', 'outcome'],
      buckets: DURATION_BUCKETS,
      registers: [registry],
    });
    this.errors = new Counter({
      name: 'graphql_errors_total',
      help: 'Errors in GraphQL responses by operation name and error code',
      labelNames: ['operation', 'code'],
      registers: [registry],
    });
  }

  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    const stopTimer = this.duration.startTimer();
    return {
      didResolveOperation: async ({ operationName }) => {
        const logContext = currentLogContext();
        if (logContext) logContext.operation = this.operationLabel(operationName);
      },
      willSendResponse: async (requestContext) => this.record(requestContext, stopTimer),
    };
  }

  private record(
    { operationName, operation, errors }: GraphQLRequestContextWillSendResponse<BaseContext>,
    stopTimer: (labels: Partial<Record<'operation' | 'type' | 'outcome', string>>) => number,
  ): void {
    const label = this.operationLabel(operationName);
    stopTimer({ operation: label, type: operation?.operation ?? 'unknown', outcome: errors?.length ? 'error' : 'success' });
    for (const error of errors ?? []) {
      this.errors.inc({ operation: label, code: String(error.extensions.code ?? 'INTERNAL_SERVER_ERROR') });
    }
  }

  private operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (!this.operationLabels.has(name)) {
      if (this.operationLabels.size >= MAX_OPERATION_LABELS) return 'other';
      this.operationLabels.add(name);
    }
    return name;
  }
}
