import { DomainException, ErrorKind } from '@samverkan/common';

export enum PlanExceptionCode {
  PLAN_KEY_TAKEN = 'PLAN_KEY_TAKEN',
  PERIOD_INVERTED = 'PERIOD_INVERTED',
  DATE_OUTSIDE_PERIOD = 'DATE_OUTSIDE_PERIOD',
  NUMBER_TAKEN = 'NUMBER_TAKEN',
  CODE_TAKEN = 'CODE_TAKEN',
}

export class PlanException extends DomainException<PlanExceptionCode> {
  constructor(code: PlanExceptionCode, message: string, field: string) {
    super(code, ErrorKind.BAD_USER_INPUT, message, field);
  }
}
