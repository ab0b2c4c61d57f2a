import { Deadline } from '@samverkan/common';
import { ApiTokenScope } from './api-token-scope';
import { EffectiveRole, GroupKind, MembershipRole, UserRole } from './roles';

export interface ActorMembership {
  groupId: string;
  groupKind: GroupKind;
  role: MembershipRole;
}

/** The authenticated caller, as the policy sees them. */
export interface Actor {
  /** The person; for an integration, the id of its API token (what the audit log records). */
  userId: string;
  agencyId: string;
  roles: readonly UserRole[];
  memberships: readonly ActorMembership[];
  /** Set only for an integration calling with an API token: it may do what these allow and nothing else. */
  apiTokenScopes?: readonly ApiTokenScope[];
}

export function isIntegration(actor: Actor): boolean {
  return actor.apiTokenScopes !== undefined;
}

/** Who is calling and which request it is, passed to every mutation. */
export interface CallContext {
  actor: Actor;
  requestId: string;
  /** Set for calls over the API: a transaction still open when it passes is rolled back. */
  deadline?: Deadline;
  /** The browser session the call came in by, when it was authenticated by the session cookie. */
  sessionId?: string;
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
