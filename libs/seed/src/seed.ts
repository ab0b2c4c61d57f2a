import { hashPassword } from '@samverkan/auth';
import { Agency, Group, GroupSupport, Membership, User } from '@samverkan/organisation';
import { DevelopmentArea, Perspective, Plan, PlanAgency, SubTopic } from '@samverkan/plan';
import { DataSource, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { DEMO_PASSWORD } from './demo-logins';
import { seedFkGoals } from './seed-goals';
import { AGENCIES, DEVELOPMENT_AREAS, GROUPS, PEOPLE, PERSPECTIVES, PLAN, PLAN_AGENCIES } from './ipv-plan.seed-data';

export interface SeedResult {
  /** Rows inserted by this run; 0 when everything was already there. */
  inserted: number;
}

/**
 * Inserts what is missing and never touches what exists, so a second run
 * changes nothing and local edits to seeded rows survive.
 */
export class Seeder {
  inserted = 0;
  private passwordHash: string | null = null;

  constructor(readonly tx: EntityManager) {}

  async ensure<T extends ObjectLiteral>(entity: EntityTarget<T>, key: FindOptionsWhere<T>, values: Partial<T>): Promise<T> {
    const existing = await this.tx.findOneBy(entity, key);
    if (existing) return existing;
    this.inserted += 1;
    return this.tx.save(entity, this.tx.create(entity, { ...key, ...values } as T));
  }

  /** Hashed once per run, and only when a person is actually created. */
  async demoPasswordHash(): Promise<string> {
    this.passwordHash ??= await hashPassword(DEMO_PASSWORD);
    return this.passwordHash;
  }
}

export async function seedIpvPlan(dataSource: DataSource): Promise<SeedResult> {
  return dataSource.transaction(async (tx) => {
    const seeder = new Seeder(tx);
    const plan = await seeder.ensure(Plan, { key: PLAN.key }, PLAN);
    await seedPlanStructure(seeder, plan.id);
    return { inserted: seeder.inserted + (await seedFkGoals(tx, plan.id)) };
  });
}

/**
 * The agencies and people (shared by every plan), and one plan's agencies,
 * groups, development areas, perspectives and memberships, as the 2019–2021
 * plan has them. Returns the plan's groups by number (0: the steering group).
 */
export async function seedPlanStructure(seeder: Seeder, planId: string): Promise<Map<number, Group>> {
  const agencies = new Map<string, Agency>();
  for (const { code, ...rest } of AGENCIES) {
    agencies.set(code, await seeder.ensure(Agency, { code }, { contactEmail: null, ...rest }));
  }
  const agencyId = (code: string): string => agencies.get(code)!.id;

  for (const { code, role, responsibility } of PLAN_AGENCIES) {
    await seeder.ensure(PlanAgency, { planId, agencyId: agencyId(code) }, { role, responsibility });
  }

  const groups = new Map<number, Group>();
  for (const { support, coordinatingAgency, ...group } of GROUPS) {
    const saved = await seeder.ensure(
      Group,
      { planId, kind: group.kind, number: group.number },
      { name: group.name, focus: group.focus, coordinatingAgencyId: coordinatingAgency ? agencyId(coordinatingAgency) : null },
    );
    groups.set(group.number, saved);
    for (const { agency, contribution } of support) {
      await seeder.ensure(GroupSupport, { groupId: saved.id, agencyId: agencyId(agency) }, { contribution });
    }
  }

  for (const { subTopics, ...area } of DEVELOPMENT_AREAS) {
    const saved = await seeder.ensure(DevelopmentArea, { planId, number: area.number }, { title: area.title });
    for (const [index, title] of subTopics.entries()) {
      await seeder.ensure(SubTopic, { areaId: saved.id, position: index + 1 }, { title });
    }
  }

  for (const { code, ...perspective } of PERSPECTIVES) {
    await seeder.ensure(Perspective, { planId, code }, perspective);
  }

  for (const { email, agency, memberships, ...details } of PEOPLE) {
    const existing = await seeder.tx.findOneBy(User, { email });
    const user = existing ?? (await seeder.ensure(User, { email }, { ...details, agencyId: agencyId(agency), passwordHash: await seeder.demoPasswordHash() }));
    for (const { group, role } of memberships) {
      await seeder.ensure(Membership, { groupId: groups.get(group)!.id, userId: user.id }, { role });
    }
  }
  return groups;
}
