import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

/** One refusal of the API, as its error extensions describe it. */
export interface ApiProblem {
  code: string;
  reason?: string;
  /** Dotted path from the argument root, e.g. "input.dueDate". */
  field?: string;
}

/** What a form shows: a message per field it has, the rest above the form. */
export interface FormErrors {
  fields: Record<string, string>;
  general: string[];
}

const NETWORK = 'NETWORK';

/** The API's problems in an Apollo error; a transport failure is one NETWORK problem. */
export function problemsOf(error: unknown): ApiProblem[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((graphqlError) => {
      const extensions = (graphqlError.extensions ?? {}) as Record<string, unknown>;
      return {
        code: typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR',
        reason: typeof extensions.reason === 'string' ? extensions.reason : undefined,
        field: typeof extensions.field === 'string' ? extensions.field : undefined,
      };
    });
  }
  if (ServerError.is(error) || ServerParseError.is(error) || error instanceof TypeError) return [{ code: NETWORK }];
  return [{ code: 'INTERNAL_SERVER_ERROR' }];
}

/** Whether the API said the caller is not (or no longer) signed in. */
export function isUnauthenticated(error: unknown): boolean {
  return problemsOf(error).some((problem) => problem.code === 'UNAUTHENTICATED' && problem.reason !== 'INVALID_CREDENTIALS');
}

export function isForbidden(error: unknown): boolean {
  return problemsOf(error).some((problem) => problem.code === 'FORBIDDEN');
}

export function isNotFound(error: unknown): boolean {
  return problemsOf(error).some((problem) => problem.code === 'NOT_FOUND');
}

/** The person's-language text of a problem: by its reason when known, else by its code. */
export function describeProblem(t: TFunction, problem: ApiProblem): string {
  if (problem.code === NETWORK) return t('errors.network');
  if (problem.reason && t(`errors.reason.${problem.reason}`, { defaultValue: '' })) return t(`errors.reason.${problem.reason}`);
  return t(`errors.code.${problem.code}`, { defaultValue: t('errors.generic') });
}

/** "input.links.0.url" → "links": the form field the API names, without the argument root and list positions. */
export function formFieldOf(path: string): string {
  const parts = path.split('.').filter((part) => !/^\d+$/.test(part));
  if (parts.length > 1 && parts[0] === 'input') parts.shift();
  return parts[0] ?? path;
}

/**
 * Splits an error between the form's own fields and the messages shown above
 * it; `fieldOf` names the form's field for the API's path when a form's
 * fields are not simply the input's (e.g. one per list entry).
 */
export function formErrorsOf(error: unknown, t: TFunction, formFields: readonly string[], fieldOf: (path: string) => string = formFieldOf): FormErrors {
  const result: FormErrors = { fields: {}, general: [] };
  for (const problem of problemsOf(error)) {
    const text = describeProblem(t, problem);
    const field = problem.field ? fieldOf(problem.field) : undefined;
    if (field && formFields.includes(field) && !result.fields[field]) result.fields[field] = text;
    else if (!result.general.includes(text)) result.general.push(text);
  }
  return result;
}
