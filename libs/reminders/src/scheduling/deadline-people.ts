import { GroupKind, MembershipRole } from '@samverkan/auth';
import { EntityManager } from 'typeorm';
import { DeadlinePeople } from './reminder-plan';

/** The parts of a deadline that decide who hears of it. */
export interface PeopleOfDeadline {
  planId: string;
  groupId: string | null;
  ownerIds: readonly string[];
}

/**
 * Who each deadline concerns, for any number of deadlines in one query:
 * its owners, its group's coordinators and its plan's steering group
 * (support members aside), active accounts only.
 */
export async function loadDeadlinePeople(tx: EntityManager, deadlines: readonly PeopleOfDeadline[]): Promise<DeadlinePeople[]> {
  if (deadlines.length === 0) return [];
  const owners = [...new Set(deadlines.flatMap((d) => d.ownerIds))];
  const groups = [...new Set(deadlines.flatMap((d) => (d.groupId ? [d.groupId] : [])))];
  const plans = [...new Set(deadlines.map((d) => d.planId))];
  const rows: { role: 'OWNER' | 'COORDINATOR' | 'STEERING'; user_id: string; scope: string | null }[] = await tx.query(
    `SELECT 'OWNER' AS role, u.id AS user_id, NULL::uuid AS scope FROM users u WHERE u.id = ANY($1::uuid[]) AND u.active
     UNION ALL
     SELECT 'COORDINATOR', m.user_id, m.group_id
       FROM memberships m JOIN users u ON u.id = m.user_id AND u.active
      WHERE m.group_id = ANY($2::uuid[]) AND m.role = $4
     UNION ALL
     SELECT 'STEERING', m.user_id, g.plan_id
       FROM groups g JOIN memberships m ON m.group_id = g.id JOIN users u ON u.id = m.user_id AND u.active
      WHERE g.plan_id = ANY($3::uuid[]) AND g.kind = $5 AND m.role <> $6
     ORDER BY 2`,
    [owners, groups, plans, MembershipRole.COORDINATOR, GroupKind.STEERING, MembershipRole.SUPPORT],
  );
  const activeOwners = new Set<string>();
  const coordinators = new Map<string, string[]>();
  const steering = new Map<string, string[]>();
  for (const row of rows) {
    if (row.role === 'OWNER') activeOwners.add(row.user_id);
    else {
      const byScope = row.role === 'COORDINATOR' ? coordinators : steering;
      byScope.set(row.scope!, [...(byScope.get(row.scope!) ?? []), row.user_id]);
    }
  }
  return deadlines.map((deadline) => ({
    owners: deadline.ownerIds.filter((id) => activeOwners.has(id)),
    coordinators: deadline.groupId ? (coordinators.get(deadline.groupId) ?? []) : [],
    steering: steering.get(deadline.planId) ?? [],
  }));
}
