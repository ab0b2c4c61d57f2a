import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@samverkan/common';
import {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  valueFromASTUntyped,
} from 'graphql';

export interface QueryCost {
  /** Deepest nesting of fields; a root field is depth 1. */
  depth: number;
  /** Estimated number of values resolved: each field counts 1, times the size of the lists it sits in. */
  complexity: number;
}

export interface CostSettings {
  /** Multiplier for a list field that takes no `first` argument. */
  unpagedListCost: number;
  /** What a root field costs on its own (a database round trip at least), besides what it selects; 1 when not given. */
  rootFieldCost?: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  settings: CostSettings;
}

/**
 * Depth and estimated cost of an operation, with the variables it is run
 * with: a paginated field multiplies what it selects by its `first` (its
 * default when absent, at most MAX_PAGE_SIZE); any other list by
 * `unpagedListCost`. Introspection fields are not counted.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  settings: CostSettings,
): QueryCost {
  const root = schema.getRootType(operation.operation);
  if (!root) return { depth: 0, complexity: 0 };
  const walk = { schema, fragments, variables, settings };
  const cost = measureSelections(walk, operation.selectionSet, root, false);
  const extraPerRootField = (settings.rootFieldCost ?? 1) - 1;
  return { depth: cost.depth, complexity: cost.complexity + extraPerRootField * countRootFields(walk, operation.selectionSet, new Set()) };
}

function countRootFields(walk: Walk, selectionSet: SelectionSetNode, spread: Set<string>): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += selection.name.value.startsWith('__') ? 0 : 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += countRootFields(walk, selection.selectionSet, spread);
    else if (!spread.has(selection.name.value) && walk.fragments[selection.name.value]) {
      spread.add(selection.name.value);
      count += countRootFields(walk, walk.fragments[selection.name.value]!.selectionSet, spread);
    }
  }
  return count;
}

function measureSelections(walk: Walk, selectionSet: SelectionSetNode, parent: GraphQLCompositeType, insidePage: boolean): QueryCost {
  const total: QueryCost = { depth: 0, complexity: 0 };
  const add = (cost: QueryCost): void => {
    total.depth = Math.max(total.depth, cost.depth);
    total.complexity += cost.complexity;
  };
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      add(measureField(walk, selection, parent, insidePage));
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.fragments[selection.name.value];
    if (!fragment) continue;
    const condition = fragment.typeCondition ? walk.schema.getType(fragment.typeCondition.name.value) : parent;
    if (condition && isCompositeType(condition)) add(measureSelections(walk, fragment.selectionSet, condition, insidePage));
  }
  return total;
}

function measureField(walk: Walk, field: FieldNode, parent: GraphQLCompositeType, insidePage: boolean): QueryCost {
  if (field.name.value.startsWith('__')) return { depth: 0, complexity: 0 };
  const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[field.name.value] : undefined;
  if (!definition) return { depth: 1, complexity: 1 };
  const type = getNamedType(definition.type);
  const pageSize = pageSizeOf(walk, field, definition);
  const children =
    field.selectionSet && isCompositeType(type)
      ? measureSelections(walk, field.selectionSet, type, pageSize !== null && !isListType(getNullableType(definition.type)))
      : { depth: 0, complexity: 0 };
  // The list of a page (`nodes`) is already counted by the `first` of the field that returned the page.
  const multiplier = pageSize ?? (isListType(getNullableType(definition.type)) && !insidePage ? walk.settings.unpagedListCost : 1);
  return { depth: 1 + children.depth, complexity: 1 + multiplier * children.complexity };
}

function pageSizeOf(walk: Walk, field: FieldNode, definition: GraphQLField<unknown, unknown>): number | null {
  const firstArg = definition.args.find((arg) => arg.name === 'first');
  if (!firstArg) return null;
  const given = field.arguments?.find((arg) => arg.name.value === 'first');
  const value = given ? valueFromASTUntyped(given.value, walk.variables) : firstArg.defaultValue;
  const size = typeof value === 'number' && Number.isFinite(value) ? value : DEFAULT_PAGE_SIZE;
  return Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
}
