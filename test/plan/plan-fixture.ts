import { GraphqlResponse, TestApi, startTestApi } from '@samverkan/testing';

/** The seeded demo people the plan tests act as. */
export const PEOPLE = {
  admin: 'admin@samverkan.example',
  steering: 'styrgrupp.fk@samverkan.example',
  coordinator3: 'samordnare.ag3@samverkan.example',
  member3: 'medlem.ag3@samverkan.example',
  coordinator1: 'samordnare.ag1@samverkan.example',
  member1: 'medlem.ag1.af@samverkan.example',
  representativeFk: 'representant.fk@samverkan.example',
  observer: 'observator@samverkan.example',
} as const;

export type Person = keyof typeof PEOPLE;

/** Ids of the seeded plan: agencies by code, working groups by number, areas by number, perspectives by code, people by key. */
export interface SeededPlan {
  planId: string;
  agency: Record<string, string>;
  group: Record<number, string>;
  area: Record<number, string>;
  perspective: Record<string, string>;
  user: Record<Person, string>;
  token: Record<Person, string>;
}

/** The real API with the seeded plan, and what the plan tests need to know about it. */
export async function startPlanApi(): Promise<{ api: TestApi; plan: SeededPlan }> {
  const api = await startTestApi();
  return { api, plan: await seededPlan(api) };
}

export async function seededPlan(api: TestApi): Promise<SeededPlan> {
  const token = {} as Record<Person, string>;
  for (const [key, email] of Object.entries(PEOPLE)) token[key as Person] = await api.login(email);
  const { data } = await api.gql<{
    agencies: { id: string; code: string }[];
    plans: { id: string; groups: { id: string; number: number }[]; developmentAreas: { id: string; number: number }[]; perspectives: { id: string; code: string }[] }[];
  }>('{ agencies { id code } plans { id groups { id number } developmentAreas { id number } perspectives { id code } } }', {}, token.admin);
  const plan = data!.plans[0]!;
  const users: { id: string; email: string }[] = await api.dataSource.query('SELECT id, email FROM users WHERE email = ANY($1)', [Object.values(PEOPLE)]);
  return {
    planId: plan.id,
    agency: Object.fromEntries(data!.agencies.map((a) => [a.code, a.id])),
    group: Object.fromEntries(plan.groups.map((g) => [g.number, g.id])),
    area: Object.fromEntries(plan.developmentAreas.map((a) => [a.number, a.id])),
    perspective: Object.fromEntries(plan.perspectives.map((p) => [p.code, p.id])),
    user: Object.fromEntries(Object.entries(PEOPLE).map(([key, email]) => [key, users.find((u) => u.email === email)!.id])) as Record<Person, string>,
    token,
  };
}

export const CREATE_ITEM = `mutation ($input: CreateActionItemInput!) {
  createActionItem(input: $input) { id depth progress status health parentId }
}`;

export const UPDATE_ITEM = `mutation ($input: UpdateActionItemInput!) {
  updateActionItem(input: $input) { id depth progress status health parentId }
}`;

export const POST_CHECK_IN = `mutation ($input: PostCheckInInput!) {
  postCheckIn(input: $input) { id status health progress narrative }
}`;

export interface CreatedItem {
  id: string;
  depth: number;
  progress: number;
  status: string;
  health: string;
  parentId: string | null;
}

/** A valid item for working group 3 (coordinated by FK), with `overrides` on top. */
export function itemInput(plan: SeededPlan, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    groupId: plan.group[3],
    developmentAreaId: plan.area[4],
    title: 'Kompetensutveckling för handläggare',
    leadAgencyId: plan.agency.FK,
    participatingAgencyIds: [plan.agency.AF, plan.agency.SOS],
    ownerId: plan.user.coordinator3,
    startDate: '2020-01-01',
    dueDate: '2020-12-31',
    perspectiveIds: [plan.perspective.CHILDREN_AT_RISK],
    ...overrides,
  };
}

/** The data of a response that must have succeeded. */
export function ok<T>(response: GraphqlResponse<T>): T {
  if (response.errors || !response.data) throw new Error(`expected success, got ${JSON.stringify(response.errors)}`);
  return response.data;
}

export async function createItem(api: TestApi, plan: SeededPlan, overrides: Record<string, unknown> = {}, as: Person = 'coordinator3'): Promise<CreatedItem> {
  return ok(await api.gql<{ createActionItem: CreatedItem }>(CREATE_ITEM, { input: itemInput(plan, overrides) }, plan.token[as])).createActionItem;
}

/** The figures of the planOverview query, as the overview tests read them. */
export const FIGURES = 'items byStatus { planned inProgress done blocked cancelled } byHealth { onTrack atRisk offTrack } completion averageProgress overdue stale';

export interface Figures {
  items: number;
  byStatus: Record<'planned' | 'inProgress' | 'done' | 'blocked' | 'cancelled', number>;
  byHealth: Record<'onTrack' | 'atRisk' | 'offTrack', number>;
  completion: number;
  averageProgress: number;
  overdue: number;
  stale: number;
}
export type Row = Figures & { label: string };
