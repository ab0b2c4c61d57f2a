import { Injectable } from '@nestjs/common';
import { Actor, belongsTo, coordinates, isSteeringMember } from './actor';
import { ApiTokenScope } from './api-token-scope';
import { AuthException, AuthExceptionCode } from './auth.exception';
import { UserRole } from './roles';

/** Everything the policy can be asked about. New modules add their actions here. */
export enum Action {
  READ_WORKSPACE = 'READ_WORKSPACE',
  /** A person's own things: their session, password, notifications, preferences and calendar feed. */
  MANAGE_OWN_ACCOUNT = 'MANAGE_OWN_ACCOUNT',
  MANAGE_ORGANISATION = 'MANAGE_ORGANISATION',
  UPDATE_AGENCY_PROFILE = 'UPDATE_AGENCY_PROFILE',
  MANAGE_PLAN = 'MANAGE_PLAN',
  REVISE_PLAN = 'REVISE_PLAN',
  READ_AUDIT_TRAIL = 'READ_AUDIT_TRAIL',
  /** An item's own audit rows (actors, request ids, before and after): the audit trail's readers and the item's group. */
  READ_ITEM_HISTORY = 'READ_ITEM_HISTORY',
  MANAGE_GROUP_WORK = 'MANAGE_GROUP_WORK',
  CONTRIBUTE_TO_GROUP = 'CONTRIBUTE_TO_GROUP',
  COMMENT = 'COMMENT',
  MANAGE_AGENCY_DATA = 'MANAGE_AGENCY_DATA',
  MANAGE_API_TOKENS = 'MANAGE_API_TOKENS',
  REVIEW_REPORTS = 'REVIEW_REPORTS',
}

/** What an action is about: the group or agency whose data it touches. */
export interface Resource {
  groupId?: string;
  agencyId?: string;
}

type Rule = (actor: Actor, resource: Resource) => boolean;

const isAdmin = (actor: Actor): boolean => actor.roles.includes(UserRole.ADMINISTRATOR);
const isObserver = (actor: Actor): boolean => actor.roles.includes(UserRole.OBSERVER);
const representsAgency = (actor: Actor, agencyId: string | undefined): boolean =>
  agencyId !== undefined && actor.agencyId === agencyId && actor.roles.includes(UserRole.AGENCY_REPRESENTATIVE);

/**
 * One table answers "may this actor do this action on this resource".
 * An action without a rule, or a rule that does not grant, is denied.
 */
const mayReadAuditTrail: Rule = (actor) => isAdmin(actor) || isSteeringMember(actor);

const RULES: Record<Action, Rule> = {
  [Action.READ_WORKSPACE]: () => true,
  // Every person; an integration is no person, and no scope grants it (reads that create a row included).
  [Action.MANAGE_OWN_ACCOUNT]: () => true,
  [Action.MANAGE_ORGANISATION]: (actor) => isAdmin(actor),
  [Action.UPDATE_AGENCY_PROFILE]: (actor, { agencyId }) => isAdmin(actor) || representsAgency(actor, agencyId),
  [Action.MANAGE_PLAN]: (actor) => isAdmin(actor),
  [Action.REVISE_PLAN]: (actor) => isAdmin(actor) || isSteeringMember(actor),
  [Action.READ_AUDIT_TRAIL]: mayReadAuditTrail,
  // Whoever may read the whole trail, and the group whose work it is; nobody else (observers and READ tokens included).
  [Action.READ_ITEM_HISTORY]: (actor, resource) => mayReadAuditTrail(actor, resource) || (resource.groupId !== undefined && belongsTo(actor, resource.groupId)),
  [Action.MANAGE_GROUP_WORK]: (actor, { groupId }) => groupId !== undefined && coordinates(actor, groupId),
  [Action.CONTRIBUTE_TO_GROUP]: (actor, { groupId }) => groupId !== undefined && belongsTo(actor, groupId),
  [Action.COMMENT]: (actor) => isSteeringMember(actor) || isObserver(actor),
  [Action.MANAGE_AGENCY_DATA]: (actor, { agencyId }) => representsAgency(actor, agencyId),
  [Action.MANAGE_API_TOKENS]: (actor) => isAdmin(actor),
  [Action.REVIEW_REPORTS]: (actor) => isSteeringMember(actor),
};

/** What an integration's token scopes allow: nothing else, whatever the rules above say. */
const SCOPE_ACTIONS: Record<ApiTokenScope, readonly Action[]> = {
  [ApiTokenScope.READ]: [Action.READ_WORKSPACE],
  [ApiTokenScope.READ_AUDIT_TRAIL]: [Action.READ_AUDIT_TRAIL, Action.READ_ITEM_HISTORY],
};

const OBSERVER_ACTIONS = new Set<Action>([Action.READ_WORKSPACE, Action.MANAGE_OWN_ACCOUNT, Action.READ_AUDIT_TRAIL, Action.COMMENT]);

@Injectable()
export class PolicyService {
  can(actor: Actor, action: Action, resource: Resource = {}): boolean {
    if (actor.apiTokenScopes) return actor.apiTokenScopes.some((scope) => SCOPE_ACTIONS[scope].includes(action));
    // The observer writes nothing, whatever else they might hold.
    if (isObserver(actor) && !OBSERVER_ACTIONS.has(action)) return false;
    const rule = RULES[action];
    return rule ? rule(actor, resource) : false;
  }

  assert(actor: Actor | null | undefined, action: Action, resource: Resource = {}): asserts actor is Actor {
    if (!actor) throw new AuthException(AuthExceptionCode.NOT_AUTHENTICATED, 'You must be logged in');
    if (!this.can(actor, action, resource)) {
      if (action === Action.MANAGE_OWN_ACCOUNT) throw new AuthException(AuthExceptionCode.FORBIDDEN, 'An API token acts for an integration, not a person');
      throw new AuthException(AuthExceptionCode.FORBIDDEN, 'You are not allowed to do this');
    }
  }
}
