import { DomainException, ErrorKind } from '@samverkan/common';

export enum PlanExceptionCode {
  PLAN_KEY_TAKEN = 'PLAN_KEY_TAKEN',
  PERIOD_INVERTED = 'PERIOD_INVERTED',
  DATE_OUTSIDE_PERIOD = 'DATE_OUTSIDE_PERIOD',
  NUMBER_TAKEN = 'NUMBER_TAKEN',
  CODE_TAKEN = 'CODE_TAKEN',
  DATES_INVERTED = 'DATES_INVERTED',
  NOT_IN_PLAN = 'NOT_IN_PLAN',
  NOT_A_WORKING_GROUP = 'NOT_A_WORKING_GROUP',
  TOO_DEEP = 'TOO_DEEP',
  PARENT_CYCLE = 'PARENT_CYCLE',
  PARENT_IN_OTHER_GROUP = 'PARENT_IN_OTHER_GROUP',
  TOO_MANY_SUB_ITEMS = 'TOO_MANY_SUB_ITEMS',
  PROGRESS_IS_ROLLED_UP = 'PROGRESS_IS_ROLLED_UP',
  ITEM_CLOSED = 'ITEM_CLOSED',
  INVALID_CURSOR = 'INVALID_CURSOR',
  OWNER_NOT_IN_GROUP = 'OWNER_NOT_IN_GROUP',
  SUB_TOPIC_NOT_IN_AREA = 'SUB_TOPIC_NOT_IN_AREA',
  AGENCY_IN_USE = 'AGENCY_IN_USE',
}

export class PlanException extends DomainException<PlanExceptionCode> {
  constructor(code: PlanExceptionCode, message: string, field: string) {
    super(code, ErrorKind.BAD_USER_INPUT, message, field);
  }
}
