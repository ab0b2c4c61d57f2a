import { DomainException, ErrorKind } from '@samverkan/common';

export enum AuthExceptionCode {
  NOT_AUTHENTICATED = 'NOT_AUTHENTICATED',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  /** The browser session ran out; signing in again continues. */
  SESSION_EXPIRED = 'SESSION_EXPIRED',
  FORBIDDEN = 'FORBIDDEN',
}

const KIND: Record<AuthExceptionCode, ErrorKind> = {
  [AuthExceptionCode.NOT_AUTHENTICATED]: ErrorKind.UNAUTHENTICATED,
  [AuthExceptionCode.INVALID_CREDENTIALS]: ErrorKind.UNAUTHENTICATED,
  [AuthExceptionCode.SESSION_EXPIRED]: ErrorKind.UNAUTHENTICATED,
  [AuthExceptionCode.FORBIDDEN]: ErrorKind.FORBIDDEN,
};

export class AuthException extends DomainException<AuthExceptionCode> {
  constructor(code: AuthExceptionCode, message: string) {
    super(code, KIND[code], message);
  }
}
