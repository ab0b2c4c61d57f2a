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
class Seeder {
  inserted = 0;
  private passwordHash: string | null = null;

  constructor(private readonly tx: EntityManager) {}

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
    const agencies = new Map<string, Agency>();
    for (const { code, ...rest } of AGENCIES) {
      agencies.set(code, await seeder.ensure(Agency, { code }, { contactEmail: null, ...rest }));
    }
    const agencyId = (code: string): string => agencies.get(code)!.id;

    const plan = await seeder.ensure(Plan, { key: PLAN.key }, PLAN);
    for (const { code, role, responsibility } of PLAN_AGENCIES) {
      await seeder.ensure(PlanAgency, { planId: plan.id, agencyId: agencyId(code) }, { role, responsibility });
    }

    const groups = new Map<number, Group>();
    for (const { support, coordinatingAgency, ...group } of GROUPS) {
      const saved = await seeder.ensure(
        Group,
        { planId: plan.id, kind: group.kind, number: group.number },
        { name: group.name, focus: group.focus, coordinatingAgencyId: coordinatingAgency ? agencyId(coordinatingAgency) : null },
      );
      groups.set(group.number, saved);
      for (const { agency, contribution } of support) {
        await seeder.ensure(GroupSupport, { groupId: saved.id, agencyId: agencyId(agency) }, { contribution });
      }
    }

    for (const { subTopics, ...area } of DEVELOPMENT_AREAS) {
      const saved = await seeder.ensure(DevelopmentArea, { planId: plan.id, number: area.number }, { title: area.title });
      for (const [index, title] of subTopics.entries()) {
        await seeder.ensure(SubTopic, { areaId: saved.id, position: index + 1 }, { title });
      }
    }

    for (const { code, ...perspective } of PERSPECTIVES) {
      await seeder.ensure(Perspective, { planId: plan.id, code }, perspective);
    }

    for (const { email, agency, memberships, ...details } of PEOPLE) {
      const existing = await tx.findOneBy(User, { email });
      const user = existing ?? (await seeder.ensure(User, { email }, { ...details, agencyId: agencyId(agency), passwordHash: await seeder.demoPasswordHash() }));
      for (const { group, role } of memberships) {
        await seeder.ensure(Membership, { groupId: groups.get(group)!.id, userId: user.id }, { role });
      }
    }
    return { inserted: seeder.inserted + (await seedFkGoals(tx, plan.id)) };
  });
}
