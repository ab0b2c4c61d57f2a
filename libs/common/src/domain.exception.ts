/** How a domain failure is presented at the API edge. */
export enum ErrorKind {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  CONFLICT = 'CONFLICT',
}

/**
 * Base of every module's exception. Modules subclass it with their own code
 * enum; only the API edge turns it into a GraphQL error.
 */
export abstract class DomainException<Code extends string = string> extends Error {
  protected constructor(
    readonly code: Code,
    readonly kind: ErrorKind,
    message: string,
    /** Input field at fault, as a dotted path from the argument root. */
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Failures shared by every module: bad input on a named field, an unknown id. */
export enum CommonExceptionCode {
  INVALID_INPUT = 'INVALID_INPUT',
  NOT_FOUND = 'NOT_FOUND',
}

export class InvalidInputException extends DomainException<CommonExceptionCode> {
  constructor(field: string, message: string) {
    super(CommonExceptionCode.INVALID_INPUT, ErrorKind.BAD_USER_INPUT, message, field);
  }
}

export class EntityNotFoundException extends DomainException<CommonExceptionCode> {
  constructor(entity: string, id: string, field?: string) {
    super(CommonExceptionCode.NOT_FOUND, ErrorKind.NOT_FOUND, `${entity} ${id} does not exist`, field);
  }
}
