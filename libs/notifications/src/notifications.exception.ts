import { DomainException, ErrorKind } from '@samverkan/common';

export enum NotificationsExceptionCode {
  INVALID_CURSOR = 'INVALID_CURSOR',
}

export class NotificationsException extends DomainException<NotificationsExceptionCode> {
  constructor(code: NotificationsExceptionCode, message: string, field: string) {
    super(code, ErrorKind.BAD_USER_INPUT, message, field);
  }
}
