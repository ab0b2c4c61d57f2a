import { registerEnumType } from '@nestjs/graphql';

/** Roles held by a person regardless of group. */
export enum UserRole {
  ADMINISTRATOR = 'ADMINISTRATOR',
  /** Acts for their own agency only: its goals and follow-up reports. */
  AGENCY_REPRESENTATIVE = 'AGENCY_REPRESENTATIVE',
  /** Gender Equality Agency staff: read everything, write nothing. */
  OBSERVER = 'OBSERVER',
}

export enum GroupKind {
  STEERING = 'STEERING',
  WORKING = 'WORKING',
}

export enum MembershipRole {
  CHAIR = 'CHAIR',
  COORDINATOR = 'COORDINATOR',
  MEMBER = 'MEMBER',
  SUPPORT = 'SUPPORT',
}

/** Everything a person may act as: global roles plus roles derived from memberships. */
export enum EffectiveRole {
  ADMINISTRATOR = 'ADMINISTRATOR',
  STEERING_GROUP_MEMBER = 'STEERING_GROUP_MEMBER',
  WORKING_GROUP_COORDINATOR = 'WORKING_GROUP_COORDINATOR',
  WORKING_GROUP_MEMBER = 'WORKING_GROUP_MEMBER',
  AGENCY_REPRESENTATIVE = 'AGENCY_REPRESENTATIVE',
  OBSERVER = 'OBSERVER',
}

registerEnumType(UserRole, { name: 'UserRole' });
registerEnumType(GroupKind, { name: 'GroupKind' });
registerEnumType(MembershipRole, { name: 'MembershipRole' });
registerEnumType(EffectiveRole, { name: 'EffectiveRole' });
