import { DomainException, ErrorKind } from '@samverkan/common';

export enum RemindersExceptionCode {
  GROUP_NOT_IN_PLAN = 'GROUP_NOT_IN_PLAN',
  ESCALATION_DAYS_REPEATED = 'ESCALATION_DAYS_REPEATED',
}

export class RemindersException extends DomainException<RemindersExceptionCode> {
  constructor(code: RemindersExceptionCode, message: string, field: string) {
    super(code, ErrorKind.BAD_USER_INPUT, message, field);
  }
}
