import { TestApi, startTestApi } from '@samverkan/testing';
import { SeededPlan, createItem, seededPlan } from '../plan/plan-fixture';

/**
 * GraphQL lets a caller send `null` for an optional argument (a web form's
 * empty filter usually does): that must mean "not given", for every query.
 */
describe('an optional argument sent as null', () => {
  let api: TestApi;
  let plan: SeededPlan;

  beforeAll(async () => {
    api = await startTestApi();
    plan = await seededPlan(api);
    // Something to list in each query: one item past its due date, one not; a notification; an audit row (from the creations).
    await api.dataSource.query(`UPDATE plans SET period_end = '2099-12-31' WHERE id = $1`, [plan.planId]);
    await createItem(api, plan, { title: 'Försenad åtgärd', startDate: '2019-01-01', dueDate: '2019-06-30' });
    await createItem(api, plan, { title: 'Åtgärd i tid', startDate: '2019-01-01', dueDate: '2099-06-30' });
    await api.dataSource.query(
      `INSERT INTO notifications (recipient_id, title, body, subject_type, subject_id, due_date, source_key, delivery)
       VALUES ($1, 'Påminnelse', 'Senast 2021-03-31.', 'ACTION_ITEM', gen_random_uuid(), '2021-03-31', gen_random_uuid()::text, 'EMAIL')`,
      [plan.user.admin],
    );
  });
  afterAll(() => api.close());

  /** The same query with every listed argument omitted, and with each of them sent as null. */
  async function expectNullMeansOmitted(field: string, args: Record<string, string>, selection: string, fixed: Record<string, string> = {}): Promise<unknown> {
    const declare = (names: Record<string, string>): string => Object.entries(names).map(([name, type]) => `$${name}: ${type}`).join(', ');
    const pass = (names: Record<string, string>): string => Object.keys(names).map((name) => `${name}: $${name}`).join(', ');
    const all = { ...fixed, ...args };
    const query = (names: Record<string, string>): string =>
      `query${Object.keys(names).length ? `(${declare(names)})` : ''} { ${field}${Object.keys(names).length ? `(${pass(names)})` : ''} ${selection} }`;
    const fixedValues = { planId: plan.planId };
    const omitted = await api.gql<Record<string, unknown>>(query(fixed), fixedValues, plan.token.admin);
    expect(omitted.errors).toBeUndefined();
    const nulls = await api.gql<Record<string, unknown>>(query(all), { ...fixedValues, ...Object.fromEntries(Object.keys(args).map((name) => [name, null])) }, plan.token.admin);
    expect(nulls.errors).toBeUndefined();
    expect(nulls.data).toEqual(omitted.data);
    return omitted.data![field];
  }

  it('does not narrow the action items (overdue: null is not "not overdue", groupId: null is not "no group")', async () => {
    const items = (await expectNullMeansOmitted(
      'actionItems',
      {
        groupId: 'ID',
        developmentAreaId: 'ID',
        leadAgencyId: 'ID',
        participatingAgencyId: 'ID',
        agencyId: 'ID',
        perspectiveId: 'ID',
        ownerId: 'ID',
        parentId: 'ID',
        status: '[ActionItemStatus!]',
        health: '[ActionItemHealth!]',
        topLevelOnly: 'Boolean',
        dueFrom: 'String',
        dueTo: 'String',
        overdue: 'Boolean',
        stale: 'Boolean',
        text: 'String',
        sort: 'ActionItemSort',
        first: 'Int',
        after: 'String',
      },
      '{ totalCount nodes { title overdue } }',
      { planId: 'ID' },
    )) as { totalCount: number; nodes: { title: string; overdue: boolean }[] };
    // Both kinds are there, so a null read as false or as "equal to null" would have shown.
    expect(items.nodes.map((item) => item.overdue)).toEqual(expect.arrayContaining([true, false]));
  });

  it('keeps the default page of notifications', async () => {
    const page = (await expectNullMeansOmitted('notifications', { first: 'Int', after: 'String', unreadOnly: 'Boolean' }, '{ totalCount unreadCount nodes { title } }')) as {
      totalCount: number;
    };
    expect(page.totalCount).toBe(1);
  });

  it('does not narrow the audit trail', async () => {
    const trail = (await expectNullMeansOmitted(
      'auditTrail',
      { entityType: 'String', entityId: 'String', actorId: 'ID', outcome: 'AuditOutcome', from: 'DateTime', to: 'DateTime', first: 'Int', after: 'String' },
      '{ totalCount nodes { id } }',
    )) as { totalCount: number };
    expect(trail.totalCount).toBeGreaterThan(0);
  });

  it('does not narrow the reports', async () => {
    await expectNullMeansOmitted(
      'reports',
      { year: 'Int', kind: 'ReportKind', groupId: 'ID', agencyId: 'ID', status: 'ReportStatus', first: 'Int', after: 'String' },
      '{ totalCount nodes { id } }',
      { planId: 'ID' },
    );
  });

  it("keeps the overview's whole period and default list length", async () => {
    await expectNullMeansOmitted('planOverview', { year: 'Int', listSize: 'Int' }, '{ totals { items overdue } dueSoon { id } }', { planId: 'ID!' });
  });

  it('still refuses a value that is given and wrong', async () => {
    const wrong = await api.gql(`query ($first: Int) { notifications(first: $first) { totalCount } }`, { first: 0 }, plan.token.admin);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
