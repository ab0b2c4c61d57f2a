import { EffectiveRole, GroupKind, MembershipRole, UserRole } from './roles';

export interface ActorMembership {
  groupId: string;
  groupKind: GroupKind;
  role: MembershipRole;
}

/** The authenticated caller, as the policy sees them. */
export interface Actor {
  userId: string;
  agencyId: string;
  roles: readonly UserRole[];
  memberships: readonly ActorMembership[];
}

/** Who is calling and which request it is, passed to every mutation. */
export interface CallContext {
  actor: Actor;
  requestId: string;
}

export function isSteeringMember(actor: Actor): boolean {
  return actor.memberships.some((m) => m.groupKind === GroupKind.STEERING && m.role !== MembershipRole.SUPPORT);
}

export function coordinates(actor: Actor, groupId: string): boolean {
  return actor.memberships.some((m) => m.groupId === groupId && m.role === MembershipRole.COORDINATOR);
}

export function belongsTo(actor: Actor, groupId: string): boolean {
  return actor.memberships.some((m) => m.groupId === groupId);
}

export function effectiveRoles(actor: Actor): EffectiveRole[] {
  const roles = new Set<EffectiveRole>();
  if (actor.roles.includes(UserRole.ADMINISTRATOR)) roles.add(EffectiveRole.ADMINISTRATOR);
  if (actor.roles.includes(UserRole.AGENCY_REPRESENTATIVE)) roles.add(EffectiveRole.AGENCY_REPRESENTATIVE);
  if (actor.roles.includes(UserRole.OBSERVER)) roles.add(EffectiveRole.OBSERVER);
  if (isSteeringMember(actor)) roles.add(EffectiveRole.STEERING_GROUP_MEMBER);
  for (const m of actor.memberships) {
    if (m.groupKind !== GroupKind.WORKING) continue;
    roles.add(m.role === MembershipRole.COORDINATOR ? EffectiveRole.WORKING_GROUP_COORDINATOR : EffectiveRole.WORKING_GROUP_MEMBER);
  }
  return [...roles];
}
