import { InvalidInputException } from '@samverkan/common';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import { ValidationError, validate } from 'class-validator';
import { ActionItemFilterArgs } from '../items/action-items.args';

/** Which query-string parameters are not plain text. */
export interface QueryShape {
  lists?: ReadonlySet<string>;
  booleans?: ReadonlySet<string>;
  integers?: ReadonlySet<string>;
}

const ITEM_QUERY: QueryShape = { lists: new Set(['status', 'health']), booleans: new Set(['topLevelOnly', 'overdue', 'stale']) };

/** Query-string values as the arguments' types: repeated or comma-separated lists, true/false, whole numbers. */
function typed(name: string, raw: unknown, shape: QueryShape): unknown {
  const values = (Array.isArray(raw) ? raw : [raw]).flatMap((value) => String(value).split(',')).filter((value) => value !== '');
  if (shape.lists?.has(name)) return values;
  const value = Array.isArray(raw) ? raw : String(raw);
  if (shape.booleans?.has(name)) return value === 'true' ? true : value === 'false' ? false : value;
  if (shape.integers?.has(name) && typeof value === 'string' && /^-?\d{1,9}$/.test(value)) return Number(value);
  return value;
}

function firstProblem(errors: ValidationError[]): { field: string; message: string } {
  const error = errors[0]!;
  return { field: error.property, message: Object.values(error.constraints ?? {})[0] ?? `${error.property} is invalid` };
}

/**
 * The arguments of a GraphQL field, read from an HTTP query string and
 * checked as strictly as GraphQL checks them; an unknown parameter is bad input too.
 */
export async function parseQueryArgs<T extends object>(type: ClassConstructor<T>, query: Record<string, unknown>, shape: QueryShape): Promise<T> {
  const plain = Object.fromEntries(Object.entries(query).map(([name, raw]) => [name, typed(name, raw, shape)]));
  const args = plainToInstance(type, plain);
  const errors = await validate(args, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true });
  if (errors.length > 0) {
    const { field, message } = firstProblem(errors);
    throw new InvalidInputException(field, message);
  }
  return args;
}

/** The item filter of the actionItems query, from a query string. */
export function parseItemFilter(query: Record<string, unknown>): Promise<ActionItemFilterArgs> {
  return parseQueryArgs(ActionItemFilterArgs, query, ITEM_QUERY);
}
