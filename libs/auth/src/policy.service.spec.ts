import { Actor } from './actor';
import { ApiTokenScope } from './api-token-scope';
import { AuthException } from './auth.exception';
import { Action, PolicyService } from './policy.service';
import { GroupKind, MembershipRole, UserRole } from './roles';

const policy = new PolicyService();
const actor = (overrides: Partial<Actor>): Actor => ({ userId: 'u', agencyId: 'fk', roles: [], memberships: [], ...overrides });

describe('PolicyService', () => {
  const admin = actor({ roles: [UserRole.ADMINISTRATOR] });
  const observer = actor({ agencyId: 'jamy', roles: [UserRole.OBSERVER] });
  const representative = actor({ roles: [UserRole.AGENCY_REPRESENTATIVE] });
  const steering = actor({ memberships: [{ groupId: 'sg', groupKind: GroupKind.STEERING, role: MembershipRole.MEMBER }] });
  const coordinator = actor({ memberships: [{ groupId: 'wg1', groupKind: GroupKind.WORKING, role: MembershipRole.COORDINATOR }] });
  const member = actor({ memberships: [{ groupId: 'wg1', groupKind: GroupKind.WORKING, role: MembershipRole.MEMBER }] });

  it('lets the administrator manage the organisation and nobody else', () => {
    expect(policy.can(admin, Action.MANAGE_ORGANISATION)).toBe(true);
    for (const other of [observer, representative, steering, coordinator, member]) {
      expect(policy.can(other, Action.MANAGE_ORGANISATION)).toBe(false);
    }
  });

  it('lets a representative act for their own agency only', () => {
    expect(policy.can(representative, Action.UPDATE_AGENCY_PROFILE, { agencyId: 'fk' })).toBe(true);
    expect(policy.can(representative, Action.UPDATE_AGENCY_PROFILE, { agencyId: 'af' })).toBe(false);
    expect(policy.can(member, Action.UPDATE_AGENCY_PROFILE, { agencyId: 'fk' })).toBe(false);
  });

  it('ties group work to the coordinator and contributions to members of that group', () => {
    expect(policy.can(coordinator, Action.MANAGE_GROUP_WORK, { groupId: 'wg1' })).toBe(true);
    expect(policy.can(coordinator, Action.MANAGE_GROUP_WORK, { groupId: 'wg2' })).toBe(false);
    expect(policy.can(member, Action.MANAGE_GROUP_WORK, { groupId: 'wg1' })).toBe(false);
    expect(policy.can(member, Action.CONTRIBUTE_TO_GROUP, { groupId: 'wg1' })).toBe(true);
    expect(policy.can(member, Action.CONTRIBUTE_TO_GROUP, {})).toBe(false);
  });

  it('lets the observer read and comment but never write, even with another role', () => {
    const observerAdmin = actor({ roles: [UserRole.OBSERVER, UserRole.ADMINISTRATOR] });
    expect(policy.can(observer, Action.READ_WORKSPACE)).toBe(true);
    expect(policy.can(observer, Action.COMMENT)).toBe(true);
    expect(policy.can(observerAdmin, Action.MANAGE_ORGANISATION)).toBe(false);
    expect(policy.can(observerAdmin, Action.REVISE_PLAN)).toBe(false);
  });

  it('lets steering-group members revise the plan and read the audit trail', () => {
    expect(policy.can(steering, Action.REVISE_PLAN)).toBe(true);
    expect(policy.can(steering, Action.READ_AUDIT_TRAIL)).toBe(true);
    expect(policy.can(coordinator, Action.REVISE_PLAN)).toBe(false);
  });

  it('throws UNAUTHENTICATED without an actor and FORBIDDEN when denied', () => {
    expect(() => policy.assert(null, Action.READ_WORKSPACE)).toThrow(expect.objectContaining({ kind: 'UNAUTHENTICATED' }));
    expect(() => policy.assert(member, Action.MANAGE_PLAN)).toThrow(AuthException);
    expect(() => policy.assert(member, Action.MANAGE_PLAN)).toThrow(expect.objectContaining({ kind: 'FORBIDDEN' }));
  });

  it('lets an integration do what its token scopes allow and nothing else', () => {
    const reader = actor({ userId: 'token', roles: [UserRole.ADMINISTRATOR], apiTokenScopes: [ApiTokenScope.READ] });
    expect(policy.can(reader, Action.READ_WORKSPACE)).toBe(true);
    expect(policy.can(reader, Action.READ_AUDIT_TRAIL)).toBe(false);
    expect(policy.can(reader, Action.MANAGE_ORGANISATION)).toBe(false);
    const archiver = actor({ apiTokenScopes: [ApiTokenScope.READ_AUDIT_TRAIL] });
    expect(policy.can(archiver, Action.READ_AUDIT_TRAIL)).toBe(true);
    expect(policy.can(archiver, Action.READ_WORKSPACE)).toBe(false);
    expect(policy.can(actor({ apiTokenScopes: [] }), Action.READ_WORKSPACE)).toBe(false);
  });

  it('leaves API tokens to administrators', () => {
    expect(policy.can(admin, Action.MANAGE_API_TOKENS)).toBe(true);
    expect(policy.can(steering, Action.MANAGE_API_TOKENS)).toBe(false);
  });
});
