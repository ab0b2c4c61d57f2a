import { DomainException, ErrorKind } from '@samverkan/common';

export enum OrganisationExceptionCode {
  AGENCY_CODE_TAKEN = 'AGENCY_CODE_TAKEN',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  GROUP_NUMBER_TAKEN = 'GROUP_NUMBER_TAKEN',
  INVALID_GROUP_SHAPE = 'INVALID_GROUP_SHAPE',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  PERSON_INACTIVE = 'PERSON_INACTIVE',
  PASSWORD_LINK_INVALID = 'PASSWORD_LINK_INVALID',
}

export class OrganisationException extends DomainException<OrganisationExceptionCode> {
  constructor(code: OrganisationExceptionCode, message: string, field: string) {
    // Every organisation rule is about the caller's input.
    super(code, ErrorKind.BAD_USER_INPUT, message, field);
  }
}
