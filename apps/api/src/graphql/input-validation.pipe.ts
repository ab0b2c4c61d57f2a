import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { InvalidInputException, findUnstorableInput } from '@samverkan/common';

/** The first failing property, as a dotted path such as `links.0.url`. */
function firstFailure(errors: ValidationError[], path: string[] = []): { field: string; message: string } | null {
  for (const error of errors) {
    const here = [...path, error.property];
    if (error.constraints) {
      return { field: here.join('.'), message: Object.values(error.constraints)[0] ?? 'is invalid' };
    }
    const nested = firstFailure(error.children ?? [], here);
    if (nested) return nested;
  }
  return null;
}

/**
 * A resolver's arguments with every explicit `null` left out: GraphQL lets a
 * caller send null for an optional argument, and that means "not given"
 * (class defaults apply, filters do not narrow), never "filter on null".
 * Only the top level: inside an input object, null may mean "clear this".
 */
function withoutNullArguments(value: unknown, metadata: ArgumentMetadata): unknown {
  // Resolver arguments reach pipes as 'body'; the parent object, context and info as 'custom'.
  if (metadata.type !== 'body') return value;
  if (value === null) return undefined;
  // `@Args()` receives every argument as one object; `@Args('name')` one argument's value.
  if (metadata.data !== undefined || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, argument]) => argument !== null));
}

/**
 * class-validator on every @InputType/@ArgsType: unknown properties are
 * stripped, values converted, and a failure names the field at fault,
 * prefixed with the argument it sits in (`input.code`). Control characters
 * are refused in every string of every argument before anything else.
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      transform: true,
      stopAtFirstError: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors: ValidationError[]) => {
        const failure = firstFailure(errors);
        return new InvalidInputException(failure?.field ?? 'input', failure?.message ?? 'Invalid input');
      },
    });
  }

  override async transform(given: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const value = withoutNullArguments(given, metadata);
    // Every argument the caller sent (custom decorators carry the server's own objects, e.g. the cookie jar):
    // no NUL byte or out-of-range time reaches PostgreSQL.
    const unstorable = metadata.type === 'custom' ? null : findUnstorableInput(value, metadata.data ?? '');
    if (unstorable !== null) throw new InvalidInputException(unstorable.path || 'input', unstorable.message);
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      // One pipe instance serves every argument concurrently, so the argument name is added here, per call.
      if (error instanceof InvalidInputException && metadata.data && error.field) {
        throw new InvalidInputException(`${metadata.data}.${error.field}`, error.message);
      }
      throw error;
    }
  }
}
