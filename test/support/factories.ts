import { randomBytes } from 'node:crypto';
import { GroupKind, MembershipRole, UserRole, hashPassword } from '@samverkan/auth';
import { Agency, Group, Membership, User } from '@samverkan/organisation';
import { Plan } from '@samverkan/plan';
import { DataSource } from 'typeorm';

/** Test data straight into the database, for arranging what a test does not exercise. */
const unique = (): string => randomBytes(3).toString('hex').toUpperCase();

export const FACTORY_PASSWORD = 'factory-password-1234';
let factoryPasswordHash: Promise<string> | undefined;

export function newAgency(ds: DataSource, overrides: Partial<Agency> = {}): Promise<Agency> {
  const code = overrides.code ?? `T${unique()}`;
  return ds.getRepository(Agency).save({ code, nameSv: `Myndighet ${code}`, nameEn: `Agency ${code}`, contactEmail: null, ...overrides });
}

export async function newUser(ds: DataSource, overrides: Partial<User> & { agencyId: string }): Promise<User> {
  factoryPasswordHash ??= hashPassword(FACTORY_PASSWORD);
  const id = unique().toLowerCase();
  return ds.getRepository(User).save({
    email: `person.${id}@test.example`,
    displayName: `Person ${id}`,
    title: null,
    roles: [] as UserRole[],
    passwordHash: await factoryPasswordHash,
    ...overrides,
  });
}

export function newPlan(ds: DataSource, overrides: Partial<Plan> = {}): Promise<Plan> {
  return ds.getRepository(Plan).save({
    key: `TEST-${unique()}`,
    title: 'Test plan',
    mandate: '',
    periodStart: '2019-01-01',
    periodEnd: '2021-12-31',
    ...overrides,
  });
}

export function newGroup(ds: DataSource, overrides: Partial<Group> & { planId: string }): Promise<Group> {
  return ds.getRepository(Group).save({
    kind: GroupKind.WORKING,
    number: 1,
    name: 'Test working group',
    focus: 'Testing',
    coordinatingAgencyId: null,
    ...overrides,
  });
}

export function newMembership(ds: DataSource, groupId: string, userId: string, role = MembershipRole.MEMBER): Promise<Membership> {
  return ds.getRepository(Membership).save({ groupId, userId, role });
}
