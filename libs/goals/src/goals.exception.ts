import { DomainException, ErrorKind } from '@samverkan/common';

export enum GoalsExceptionCode {
  AGENCY_NOT_IN_PLAN = 'AGENCY_NOT_IN_PLAN',
  NOT_IN_PLAN = 'NOT_IN_PLAN',
  YEAR_OUTSIDE_PLAN = 'YEAR_OUTSIDE_PLAN',
  YEAR_BEFORE_GOAL = 'YEAR_BEFORE_GOAL',
  DATE_OUTSIDE_YEAR = 'DATE_OUTSIDE_YEAR',
  TARGET_BEFORE_BASELINE = 'TARGET_BEFORE_BASELINE',
  INCOMPLETE_FIGURE = 'INCOMPLETE_FIGURE',
  VALUE_OUT_OF_RANGE = 'VALUE_OUT_OF_RANGE',
  NUMERATOR_EXCEEDS_DENOMINATOR = 'NUMERATOR_EXCEEDS_DENOMINATOR',
  JUSTIFICATION_REQUIRED = 'JUSTIFICATION_REQUIRED',
  ALREADY_CORRECTED = 'ALREADY_CORRECTED',
  REASON_REQUIRED = 'REASON_REQUIRED',
}

export class GoalsException extends DomainException<GoalsExceptionCode> {
  constructor(code: GoalsExceptionCode, message: string, field: string) {
    // Every goals rule is about the caller's input; rights and unknown targets have their own exceptions.
    super(code, ErrorKind.BAD_USER_INPUT, message, field);
  }
}
