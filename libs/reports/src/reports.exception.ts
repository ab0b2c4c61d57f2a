import { DomainException, ErrorKind } from '@samverkan/common';

export enum ReportsExceptionCode {
  /** The plan already has this report for the year. */
  REPORT_EXISTS = 'REPORT_EXISTS',
  /** The group or agency is not one the plan expects a report of that kind from. */
  NOT_EXPECTED = 'NOT_EXPECTED',
  YEAR_OUTSIDE_PLAN = 'YEAR_OUTSIDE_PLAN',
  /** A section or perspective is missing; the message lists all of them. */
  INCOMPLETE = 'INCOMPLETE',
  /** The latest version is already submitted: edit the report to start a new one. */
  NOTHING_TO_SUBMIT = 'NOTHING_TO_SUBMIT',
  NOT_AWAITING_REVIEW = 'NOT_AWAITING_REVIEW',
  DUPLICATE_ENTRY = 'DUPLICATE_ENTRY',
  /** The edit was based on an older state of the report: someone else saved in between. */
  EDIT_CONFLICT = 'EDIT_CONFLICT',
  ALREADY_SENT = 'ALREADY_SENT',
  INSECURE_URL = 'INSECURE_URL',
  /** The agency has no address or endpoint on the channel to send a test message to. */
  NO_RECEIVER = 'NO_RECEIVER',
  INVALID_DUE_DATE = 'INVALID_DUE_DATE',
}

export class ReportsException extends DomainException<ReportsExceptionCode> {
  constructor(code: ReportsExceptionCode, kind: ErrorKind, message: string, field?: string) {
    super(code, kind, message, field);
  }
}
