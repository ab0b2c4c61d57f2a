import { TestApi, onlyError, snapshotTables, startTestApi } from '@samverkan/testing';

const COORDINATOR = 'samordnare.ag3@samverkan.example';
const CREATE =
  'mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }';

describe('action items: one date rule for the plan, owners from the group', () => {
  let api: TestApi;
  let coordinator: string;
  let period: { start: string; end: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    coordinator = await api.login(COORDINATOR);
    const one = async (sql: string, params: unknown[] = []): Promise<Record<string, string>> => (await api.dataSource.query(sql, params))[0];
    const group = await one('SELECT id, plan_id FROM groups WHERE number = 3');
    ids.group = group.id!;
    ids.plan = group.plan_id!;
    const plan = await one(`SELECT period_start::text AS start, period_end::text AS "end" FROM plans WHERE id = $1`, [ids.plan]);
    period = { start: plan.start!, end: plan.end! };
    ids.area = (await one('SELECT id FROM development_areas WHERE number = 1 AND plan_id = $1', [ids.plan])).id!;
    ids.agency = (await one(`SELECT id FROM agencies WHERE code = 'FK'`)).id!;
    ids.coordinator = (await one('SELECT id FROM users WHERE email = $1', [COORDINATOR])).id!;
    ids.outsider = (await one('SELECT id FROM users u WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.group_id = $1) AND u.active LIMIT 1', [ids.group])).id!;
  });
  afterAll(() => api.close());

  const input = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    groupId: ids.group,
    developmentAreaId: ids.area,
    title: 'Dated item',
    leadAgencyId: ids.agency,
    ownerId: ids.coordinator,
    ...overrides,
  });

  it('refuses start and due dates outside the plan period, and far dates, naming the field and writing nothing', async () => {
    const before = await snapshotTables(api.dataSource);
    const dayAfter = new Date(Date.parse(`${period.end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const dayBefore = new Date(Date.parse(`${period.start}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    for (const [overrides, field] of [
      [{ dueDate: '9999-12-31' }, 'input.dueDate'],
      [{ dueDate: dayAfter }, 'input.dueDate'],
      [{ startDate: dayBefore }, 'input.startDate'],
      [{ startDate: '2999-01-01', dueDate: '2999-02-01' }, 'input.startDate'],
    ] as const) {
      const error = onlyError(await api.gql(CREATE, { input: input(overrides) }, coordinator));
      expect([overrides, error.extensions?.code, error.extensions?.field]).toEqual([overrides, 'BAD_USER_INPUT', field]);
    }
    expect(await snapshotTables(api.dataSource)).toEqual(before);
    const onEdges = await api.gql<{ createActionItem: { id: string } }>(CREATE, { input: input({ startDate: period.start, dueDate: period.end }) }, coordinator);
    expect(onEdges.errors).toBeUndefined();
    const moved = await api.gql('mutation ($id: ID!, $d: String) { updateActionItem(input: { id: $id, dueDate: $d }) { id } }', { id: onEdges.data!.createActionItem.id, d: dayAfter }, coordinator);
    expect(onlyError(moved).extensions?.field).toBe('input.dueDate');
  });

  it('states the rule in the schema', async () => {
    const { data } = await api.gql<{ __type: { inputFields: { name: string; description: string }[] } }>(
      '{ __type(name: "CreateActionItemInput") { inputFields { name description } } }',
      {},
      coordinator,
    );
    const described = Object.fromEntries(data!.__type.inputFields.map((f) => [f.name, f.description]));
    expect(described.startDate).toContain('within the plan period');
    expect(described.dueDate).toContain('within the plan period');
    expect(described.ownerId).toContain("member of the item's working group");
  });

  it('refuses an owner from outside the item’s group, on create and on update', async () => {
    const refused = onlyError(await api.gql(CREATE, { input: input({ ownerId: ids.outsider }) }, coordinator));
    expect([refused.extensions?.code, refused.extensions?.field]).toEqual(['BAD_USER_INPUT', 'input.ownerId']);
    const created = await api.gql<{ createActionItem: { id: string } }>(CREATE, { input: input() }, coordinator);
    const update = await api.gql('mutation ($id: ID!, $o: ID) { updateActionItem(input: { id: $id, ownerId: $o }) { id } }', { id: created.data!.createActionItem.id, o: ids.outsider }, coordinator);
    expect(onlyError(update).extensions?.field).toBe('input.ownerId');
  });
});
