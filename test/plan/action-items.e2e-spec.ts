import { TestApi } from '@samverkan/testing';
import { CreatedItem, POST_CHECK_IN, SeededPlan, UPDATE_ITEM, createItem, ok, startPlanApi } from './plan-fixture';

describe('action items', () => {
  let api: TestApi;
  let plan: SeededPlan;

  beforeAll(async () => {
    ({ api, plan } = await startPlanApi());
  });
  afterAll(() => api.close());

  const progressOf = async (id: string): Promise<number> => (await api.dataSource.query('SELECT progress FROM action_items WHERE id = $1', [id]))[0].progress;
  const update = async (input: Record<string, unknown>): Promise<CreatedItem> =>
    ok(await api.gql<{ updateActionItem: CreatedItem }>(UPDATE_ITEM, { input }, plan.token.coordinator3)).updateActionItem;
  const checkIn = async (itemId: string, extra: Record<string, unknown>) =>
    ok(await api.gql(POST_CHECK_IN, { input: { itemId, narrative: 'Avstämning', ...extra } }, plan.token.member3));

  it('lets the coordinator create an item and reads it back with everything it refers to', async () => {
    const created = await createItem(api, plan, {
      description: 'Utbildning om våld i nära relationer för alla handläggare',
      links: [{ title: 'Utbildningsplan', url: 'https://intranat.example/utbildning' }],
      health: 'AT_RISK',
      progress: 10,
      weight: 2,
    });
    expect(created).toMatchObject({ depth: 1, progress: 10, status: 'PLANNED', health: 'AT_RISK', parentId: null });

    const { actionItem } = ok(
      await api.gql<{ actionItem: Record<string, unknown> }>(
        `query ($id: ID!) { actionItem(id: $id) {
          title description startDate dueDate weight links { title url }
          group { number } developmentArea { number } leadAgency { code } participatingAgencies { code }
          owner { email } perspectives { code } parent { id } subItems { id } latestCheckIn { id }
          overdue stale history { totalCount nodes { action actorId } }
        } }`,
        { id: created.id },
        // The history holds audit rows: the group's members read it, the observer does not (see the authorization matrix).
        plan.token.member3,
      ),
    );
    expect(actionItem).toEqual({
      title: 'Kompetensutveckling för handläggare',
      description: 'Utbildning om våld i nära relationer för alla handläggare',
      startDate: '2020-01-01',
      dueDate: '2020-12-31',
      weight: 2,
      links: [{ title: 'Utbildningsplan', url: 'https://intranat.example/utbildning' }],
      group: { number: 3 },
      developmentArea: { number: 4 },
      leadAgency: { code: 'FK' },
      participatingAgencies: expect.arrayContaining([{ code: 'AF' }, { code: 'SOS' }]),
      owner: { email: 'samordnare.ag3@samverkan.example' },
      perspectives: [{ code: 'CHILDREN_AT_RISK' }],
      parent: null,
      subItems: [],
      latestCheckIn: null,
      // Due 2020-12-31 and still planned: long overdue by the real clock.
      overdue: true,
      stale: false,
      history: { totalCount: 1, nodes: [{ action: 'actionItem.create', actorId: plan.user.coordinator3 }] },
    });
  });

  it('does not list the lead agency among the participating ones', async () => {
    const item = await createItem(api, plan, { participatingAgencyIds: [plan.agency.FK, plan.agency.MV] });
    const { actionItem } = ok(await api.gql<{ actionItem: { participatingAgencies: { code: string }[] } }>('query ($id: ID!) { actionItem(id: $id) { participatingAgencies { code } } }', { id: item.id }, plan.token.member3));
    expect(actionItem.participatingAgencies).toEqual([{ code: 'MV' }]);
  });

  describe('sub-items and roll-up', () => {
    let root: CreatedItem;
    let a: CreatedItem;
    let b: CreatedItem;

    beforeAll(async () => {
      root = await createItem(api, plan, { title: 'Stöd till medarbetare' });
      a = await createItem(api, plan, { title: 'Handledning', parentId: root.id, progress: 20 });
      b = await createItem(api, plan, { title: 'Arbetsmiljöstöd', parentId: root.id, progress: 60 });
    });

    it('nests items three levels deep and rolls progress up as the average of the sub-items', async () => {
      expect([a.depth, b.depth]).toEqual([2, 2]);
      expect(await progressOf(root.id)).toBe(40);
      const leaf = await createItem(api, plan, { title: 'Handledningsgrupper', parentId: a.id, progress: 100 });
      expect(leaf.depth).toBe(3);
      // a now takes its progress from its only sub-item, and root follows.
      expect(await progressOf(a.id)).toBe(100);
      expect(await progressOf(root.id)).toBe(80);
    });

    it('weights the roll-up when weights are set, and follows check-ins up the chain', async () => {
      await update({ id: b.id, weight: 3 });
      // (100 × 1 + 60 × 3) / 4 = 70
      expect(await progressOf(root.id)).toBe(70);
      await checkIn(b.id, { progress: 80, status: 'IN_PROGRESS' });
      // (100 + 80 × 3) / 4 = 85
      expect(await progressOf(root.id)).toBe(85);
    });

    it('leaves cancelled sub-items out of the roll-up', async () => {
      await update({ id: a.id, status: 'CANCELLED' });
      expect(await progressOf(root.id)).toBe(80);
      await update({ id: a.id, status: 'IN_PROGRESS' });
      expect(await progressOf(root.id)).toBe(85);
    });

    it('moves a subtree under another parent, recomputing depths and both chains', async () => {
      const other = await createItem(api, plan, { title: 'Annan åtgärd' });
      const moved = await update({ id: a.id, parentId: other.id });
      expect(moved).toMatchObject({ depth: 2, parentId: other.id });
      expect(await progressOf(other.id)).toBe(100);
      expect(await progressOf(root.id)).toBe(80);
      const toTop = await update({ id: a.id, parentId: null });
      expect(toTop.depth).toBe(1);
      const [leaf] = await api.dataSource.query('SELECT depth FROM action_items WHERE parent_id = $1', [a.id]);
      expect(leaf.depth).toBe(2);
    });

    it('lists the sub-items of an item', async () => {
      const { actionItem } = ok(await api.gql<{ actionItem: { subItems: { title: string }[] } }>('query ($id: ID!) { actionItem(id: $id) { subItems { title } } }', { id: root.id }, plan.token.steering));
      expect(actionItem.subItems).toEqual([{ title: 'Arbetsmiljöstöd' }]);
    });
  });

  it('closes and reopens an item through the coordinator, recording each change in its history', async () => {
    const item = await createItem(api, plan);
    await update({ id: item.id, status: 'DONE', progress: 100 });
    await update({ id: item.id, status: 'IN_PROGRESS' });
    await checkIn(item.id, { narrative: 'Återupptaget efter beslut i styrgruppen', health: 'ON_TRACK' });
    const { actionItem } = ok(
      await api.gql<{ actionItem: { status: string; history: { totalCount: number; nodes: { action: string; before: { status?: string } | null }[] } } }>(
        'query ($id: ID!) { actionItem(id: $id) { status history(first: 10) { totalCount nodes { action before } } } }',
        { id: item.id },
        plan.token.member3,
      ),
    );
    expect(actionItem.status).toBe('IN_PROGRESS');
    expect(actionItem.history.nodes.map((n) => n.action)).toEqual(['actionItem.checkIn', 'actionItem.update', 'actionItem.update', 'actionItem.create']);
    expect(actionItem.history.nodes[1]!.before!.status).toBe('DONE');
  });
});
