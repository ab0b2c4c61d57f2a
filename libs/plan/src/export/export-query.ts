import { InvalidInputException, findUnstorableInput } from '@samverkan/common';
import { plainToInstance } from 'class-transformer';
import { ValidationError, validate } from 'class-validator';
import { ActionItemFilterArgs } from '../items/action-items.args';

const LIST_PARAMETERS = new Set(['status', 'health']);
const BOOLEAN_PARAMETERS = new Set(['topLevelOnly', 'overdue', 'stale']);

/** Query-string values as the filter's types: repeated or comma-separated lists, true/false. */
function typed(name: string, raw: unknown): unknown {
  const values = (Array.isArray(raw) ? raw : [raw]).flatMap((value) => String(value).split(',')).filter((value) => value !== '');
  if (LIST_PARAMETERS.has(name)) return values;
  const value = Array.isArray(raw) ? raw : String(raw);
  if (BOOLEAN_PARAMETERS.has(name)) return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

function firstProblem(errors: ValidationError[]): { field: string; message: string } {
  const error = errors[0]!;
  return { field: error.property, message: Object.values(error.constraints ?? {})[0] ?? `${error.property} is invalid` };
}

/** The item filter of an HTTP query string, checked as strictly as the GraphQL arguments; an unknown parameter is bad input too. */
export async function parseItemFilter(query: Record<string, unknown>): Promise<ActionItemFilterArgs> {
  const unstorable = findUnstorableInput(query, '');
  if (unstorable !== null) throw new InvalidInputException(unstorable.path, unstorable.message);
  const plain = Object.fromEntries(Object.entries(query).map(([name, raw]) => [name, typed(name, raw)]));
  const filter = plainToInstance(ActionItemFilterArgs, plain);
  const errors = await validate(filter, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true });
  if (errors.length > 0) {
    const { field, message } = firstProblem(errors);
    throw new InvalidInputException(field, message);
  }
  return filter;
}
