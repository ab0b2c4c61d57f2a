import { DomainException, ErrorKind } from '@samverkan/common';

export enum AuthExceptionCode {
  NOT_AUTHENTICATED = 'NOT_AUTHENTICATED',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  FORBIDDEN = 'FORBIDDEN',
}

const KIND: Record<AuthExceptionCode, ErrorKind> = {
  [AuthExceptionCode.NOT_AUTHENTICATED]: ErrorKind.UNAUTHENTICATED,
  [AuthExceptionCode.INVALID_CREDENTIALS]: ErrorKind.UNAUTHENTICATED,
  [AuthExceptionCode.FORBIDDEN]: ErrorKind.FORBIDDEN,
};

export class AuthException extends DomainException<AuthExceptionCode> {
  constructor(code: AuthExceptionCode, message: string) {
    super(code, KIND[code], message);
  }
}
