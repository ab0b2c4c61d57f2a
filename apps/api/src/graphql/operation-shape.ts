import { AppConfig } from '@samverkan/config';
import { NextFunction, Request, Response } from 'express';
import { DocumentNode, FragmentDefinitionNode, Kind, SelectionSetNode, parse } from 'graphql';

export interface OperationShape {
  /** Fields given an alias anywhere in the document. */
  aliases: number;
  /** Most root fields of any one operation, fragments at the root included. */
  rootFields: number;
}

/**
 * Cheap counts taken before validation: graphql-js compares every pair of
 * same-named fields in a selection set, so a document of thousands of
 * aliases would hold the event loop for seconds before any limit is checked.
 */
export function measureShape(document: DocumentNode): OperationShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  let aliases = 0;
  let rootFields = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION || definition.kind === Kind.OPERATION_DEFINITION) {
      aliases += countAliases(definition.selectionSet);
    }
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      rootFields = Math.max(rootFields, countFields(definition.selectionSet, fragments, new Set()));
    }
  }
  return { aliases, rootFields };
}

function countAliases(selectionSet: SelectionSetNode): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD && selection.alias) count += 1;
    if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet) count += countAliases(selection.selectionSet);
  }
  return count;
}

/** Fields of one selection set, looking through fragments (each spread once, so a cycle ends). */
function countFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, spread: Set<string>): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += countFields(selection.selectionSet, fragments, spread);
    else if (!spread.has(selection.name.value)) {
      spread.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) count += countFields(fragment.selectionSet, fragments, spread);
    }
  }
  return count;
}

type ShapeLimits = Pick<AppConfig, 'graphqlMaxAliases' | 'graphqlMaxRootFields' | 'graphqlMaxTokens'>;

/** Why a query text breaks the alias or root-field limit, or null (also when it does not parse: GraphQL answers that). */
export function shapeViolation(query: unknown, limits: ShapeLimits): { message: string; limit: string } | null {
  if (typeof query !== 'string') return null;
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: limits.graphqlMaxTokens, noLocation: true });
  } catch {
    return null;
  }
  const shape = measureShape(document);
  if (shape.aliases > limits.graphqlMaxAliases) {
    return { message: `The document has ${shape.aliases} aliases; the maximum is ${limits.graphqlMaxAliases}`, limit: 'maxAliases' };
  }
  if (shape.rootFields > limits.graphqlMaxRootFields) {
    return { message: `An operation asks for ${shape.rootFields} root fields; the maximum is ${limits.graphqlMaxRootFields}`, limit: 'maxRootFields' };
  }
  return null;
}

/**
 * In front of GraphQL: Apollo validates before any plugin may refuse, so the
 * counts are taken here, on a parse bounded by GRAPHQL_MAX_TOKENS, and a
 * document over a limit gets 400 in the GraphQL error shape.
 */
export function operationShapeGuard(limits: ShapeLimits) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const bodies: unknown[] = Array.isArray(req.body) ? req.body : [req.body ?? {}];
    const queries = req.method === 'GET' ? [req.query.query] : bodies.map((body) => (body as { query?: unknown } | null)?.query);
    for (const query of queries) {
      const violation = shapeViolation(query, limits);
      if (violation) {
        res.status(400).json({ errors: [{ message: violation.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: violation.limit } }] });
        return;
      }
    }
    next();
  };
}
