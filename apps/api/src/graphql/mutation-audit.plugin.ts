import { ApolloServerPlugin, GraphQLRequestContextWillSendResponse, GraphQLRequestListener } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { AuditOutcome, AuditedTransaction, MutationRejection } from '@samverkan/audit';
import { GraphqlContext } from '@samverkan/auth';
import { toStorableText } from '@samverkan/common';
import { DocumentNode, FieldNode, GraphQLError, Kind, SelectionSetNode, valueFromASTUntyped } from 'graphql';
import { LimitErrorCode } from './graphql-error.filter';

const logger = new Logger('MutationAudit');

/** Codes of a call the system turned away on purpose; anything else is a failure. */
const FAILURE_CODES = new Set<string>(['INTERNAL_SERVER_ERROR', LimitErrorCode.TIMEOUT]);

/**
 * Records every mutation that did not happen: the mutation's own transaction
 * rolled back with its audit row, so this writes one row of its own per
 * refused or failed root field, before the response leaves. Successful
 * mutations wrote their row already; queries are never recorded.
 */
export class MutationAuditPlugin implements ApolloServerPlugin<GraphqlContext> {
  constructor(private readonly audited: AuditedTransaction) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GraphqlContext>> {
    return {
      willSendResponse: async (requestContext) => {
        for (const rejection of rejectedMutations(requestContext)) {
          await this.audited.recordRejection(rejection).catch((error: unknown) => {
            logger.error(`Could not record a rejected ${rejection.mutation}: ${(error as Error).message}`);
          });
        }
      },
    };
  }
}

function rejectedMutations({ operation, document, errors, contextValue, request }: GraphQLRequestContextWillSendResponse<GraphqlContext>): MutationRejection[] {
  if (operation?.operation !== 'mutation' || !errors?.length) return [];
  const variables = request.variables ?? {};
  // An error without a path refused the whole operation; one with a one-step path, that root field.
  const wholeOperation = errors.find((error) => !error.path);
  return rootFields(operation.selectionSet, document).flatMap((field) => {
    const responseKey = field.alias?.value ?? field.name.value;
    const error = wholeOperation ?? errors.find((e) => e.path?.length === 1 && e.path[0] === responseKey);
    if (!error) return [];
    const code = String(error.extensions.code ?? 'INTERNAL_SERVER_ERROR');
    return [
      {
        actorId: contextValue.actor?.userId ?? null,
        requestId: contextValue.requestId,
        mutation: field.name.value,
        targetId: storableTarget(targetIdOf(field, variables)),
        outcome: FAILURE_CODES.has(code) ? AuditOutcome.FAILED : AuditOutcome.REFUSED,
        failure: failureOf(error, code),
      },
    ];
  });
}

/** The refused input may be anything; the audit row must still be written. */
function storableTarget(targetId: string | null | undefined): string | null {
  return typeof targetId === 'string' ? toStorableText(targetId, 200) : (targetId ?? null);
}

function failureOf(error: GraphQLError, code: string): MutationRejection['failure'] {
  const { reason, field } = error.extensions;
  return {
    code,
    // Unexpected errors are masked for the caller; the audit keeps the same masked message.
    message: code === 'INTERNAL_SERVER_ERROR' ? 'Internal server error' : toStorableText(error.message),
    ...(typeof reason === 'string' ? { reason: toStorableText(reason) } : {}),
    ...(typeof field === 'string' ? { field: toStorableText(field) } : {}),
  };
}

function rootFields(selectionSet: SelectionSetNode, document: DocumentNode | undefined): FieldNode[] {
  return selectionSet.selections.flatMap((selection): FieldNode[] => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, document);
    const fragment = document?.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
    return fragment?.kind === Kind.FRAGMENT_DEFINITION ? rootFields(fragment.selectionSet, document) : [];
  });
}

/** The id a call is aimed at: its `id` argument or the `id` of its `input`. */
function targetIdOf(field: FieldNode, variables: Record<string, unknown>): string | null {
  const args = Object.fromEntries((field.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value, variables)]));
  const input = args.input as Record<string, unknown> | undefined;
  const id = args.id ?? (typeof input === 'object' && input !== null ? input.id : undefined);
  return typeof id === 'string' ? id : null;
}
