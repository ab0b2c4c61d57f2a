import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { AppConfig } from '@samverkan/config';
import { FragmentDefinitionNode, GraphQLError, Kind } from 'graphql';
import { measureOperation } from './query-cost';

type Limits = Pick<
  AppConfig,
  'graphqlMaxDepth' | 'graphqlMaxComplexity' | 'graphqlUnpagedListCost' | 'graphqlRootFieldCost'
>;

function rejected(message: string, limit: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, http: { status: 400 } } });
}

function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
}

/**
 * Refuses an operation that nests too deep or would resolve too much, and a
 * request that names no single query or mutation, before anything runs. Measured once the operation is known, so the
 * `first` of a variable counts at its real value.
 */
export class QueryLimitsPlugin implements ApolloServerPlugin {
  constructor(private readonly limits: Limits) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const limits = this.limits;
    return {
      async didResolveOperation({ operation, document, request, schema }) {
        // Without a single operation to run (several and no operationName, or an unknown name) the request is malformed.
        if (!operation) throw badRequest('The document does not name one operation to run: send operationName matching one of its operations');
        if (operation.operation === 'subscription') throw badRequest('This API has no subscriptions');
        const fragments: Record<string, FragmentDefinitionNode> = {};
        for (const definition of document.definitions) {
          if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
        }
        const cost = measureOperation(schema, operation, fragments, request.variables ?? {}, {
          unpagedListCost: limits.graphqlUnpagedListCost,
          rootFieldCost: limits.graphqlRootFieldCost,
        });
        if (cost.depth > limits.graphqlMaxDepth) {
          throw rejected(`The operation is ${cost.depth} levels deep; the maximum depth is ${limits.graphqlMaxDepth}`, 'maxDepth');
        }
        if (cost.complexity > limits.graphqlMaxComplexity) {
          throw rejected(
            `The operation would cost ${cost.complexity}; the maximum complexity is ${limits.graphqlMaxComplexity}. Ask for smaller pages or fewer nested lists`,
            'maxComplexity',
          );
        }
      },
    };
  }
}
