import { InvalidInputException, findUnstorableInput } from '@samverkan/common';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import { ValidationError, validate } from 'class-validator';
import { ActionItemFilterArgs } from '../items/action-items.args';

/** Which query-string parameters of an export are lists and which are true/false. */
export interface ExportQueryShape {
  lists?: ReadonlySet<string>;
  booleans?: ReadonlySet<string>;
}

/** Query-string values as the arguments' types: repeated or comma-separated lists, true/false. */
function typed(name: string, raw: unknown, shape: ExportQueryShape): unknown {
  const values = (Array.isArray(raw) ? raw : [raw]).flatMap((value) => String(value).split(',')).filter((value) => value !== '');
  if (shape.lists?.has(name)) return values;
  const value = Array.isArray(raw) ? raw : String(raw);
  if (shape.booleans?.has(name)) return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

function firstProblem(errors: ValidationError[]): { field: string; message: string } {
  const error = errors[0]!;
  return { field: error.property, message: Object.values(error.constraints ?? {})[0] ?? `${error.property} is invalid` };
}

/**
 * An export's HTTP query string as the arguments class of the matching
 * GraphQL query, checked as strictly; an unknown parameter is bad input too.
 */
export async function parseExportQuery<T extends object>(type: ClassConstructor<T>, query: Record<string, unknown>, shape: ExportQueryShape = {}): Promise<T> {
  const unstorable = findUnstorableInput(query, '');
  if (unstorable !== null) throw new InvalidInputException(unstorable.path, unstorable.message);
  const plain = Object.fromEntries(Object.entries(query).map(([name, raw]) => [name, typed(name, raw, shape)]));
  const args = plainToInstance(type, plain);
  const errors = await validate(args, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true });
  if (errors.length > 0) {
    const { field, message } = firstProblem(errors);
    throw new InvalidInputException(field, message);
  }
  return args;
}

const ITEM_FILTER_SHAPE: ExportQueryShape = { lists: new Set(['status', 'health']), booleans: new Set(['topLevelOnly', 'overdue', 'stale']) };

/** The item filter of an HTTP query string, as the actionItems query takes it. */
export function parseItemFilter(query: Record<string, unknown>): Promise<ActionItemFilterArgs> {
  return parseExportQuery(ActionItemFilterArgs, query, ITEM_FILTER_SHAPE);
}
