import { Clock } from '@samverkan/common';
import { TestApi } from '@samverkan/testing';
import { POST_CHECK_IN, SeededPlan, createItem, ok, startPlanApi } from './plan-fixture';

interface Page {
  actionItems: { totalCount: number; nodes: { title: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

describe('action items: queries', () => {
  let api: TestApi;
  let plan: SeededPlan;
  let parentId: string;

  beforeAll(async () => {
    ({ api, plan } = await startPlanApi());
    // Item dates lie within the plan period; one item is due far enough ahead never to be overdue.
    await api.dataSource.query(`UPDATE plans SET period_end = '2099-12-31' WHERE id = $1`, [plan.planId]);
    const { agency, area, perspective, user } = plan;
    const a = await createItem(api, plan, {
      title: 'Handledning för handläggare',
      developmentAreaId: area[4],
      leadAgencyId: agency.FK,
      participatingAgencyIds: [agency.AF],
      perspectiveIds: [perspective.CHILDREN_AT_RISK],
      startDate: '2020-01-01',
      dueDate: '2020-03-01',
    });
    parentId = a.id;
    await createItem(api, plan, {
      title: 'Stödsamtal efter svåra möten',
      developmentAreaId: area[4],
      leadAgencyId: agency.FK,
      participatingAgencyIds: [agency.SOS],
      perspectiveIds: [perspective.HONOUR_RELATED_VIOLENCE],
      ownerId: user.member3,
      status: 'IN_PROGRESS',
      health: 'AT_RISK',
      progress: 40,
      startDate: '2020-01-01',
      dueDate: '2020-06-30',
    });
    await createItem(api, plan, {
      title: 'Rutin för frågor om våld',
      developmentAreaId: area[1],
      leadAgencyId: agency.AF,
      participatingAgencyIds: [agency.FK],
      perspectiveIds: [],
      status: 'DONE',
      progress: 100,
      startDate: '2019-01-01',
      dueDate: '2019-12-31',
    });
    await createItem(
      api,
      plan,
      {
        title: 'Metodstöd 50% klart',
        groupId: plan.group[1],
        developmentAreaId: area[1],
        leadAgencyId: agency.SOS,
        participatingAgencyIds: [],
        ownerId: user.coordinator1,
        status: 'BLOCKED',
        health: 'OFF_TRACK',
        progress: 50,
        startDate: null,
        dueDate: null,
      },
      'coordinator1',
    );
    await createItem(api, plan, { title: 'Gruppträffar', parentId: a.id, participatingAgencyIds: [], status: 'IN_PROGRESS', progress: 10, startDate: '2020-01-01', dueDate: '2099-01-01' });
  });
  afterAll(() => api.close());

  const LIST = `query ($filter: ID, $first: Int, $after: String, $sort: ActionItemSort, $status: [ActionItemStatus!], $health: [ActionItemHealth!],
    $group: ID, $area: ID, $lead: ID, $participating: ID, $agency: ID, $perspective: ID, $owner: ID, $parent: ID, $top: Boolean,
    $dueFrom: String, $dueTo: String, $overdue: Boolean, $stale: Boolean, $text: String) {
    actionItems(planId: $filter, first: $first, after: $after, sort: $sort, status: $status, health: $health, groupId: $group,
      developmentAreaId: $area, leadAgencyId: $lead, participatingAgencyId: $participating, agencyId: $agency, perspectiveId: $perspective,
      ownerId: $owner, parentId: $parent, topLevelOnly: $top, dueFrom: $dueFrom, dueTo: $dueTo, overdue: $overdue, stale: $stale, text: $text) {
      totalCount nodes { title } pageInfo { hasNextPage endCursor }
    }
  }`;

  const list = async (variables: Record<string, unknown>): Promise<Page['actionItems']> =>
    ok(await api.gql<Page>(LIST, { filter: plan.planId, ...variables }, plan.token.observer)).actionItems;
  const titles = async (variables: Record<string, unknown>): Promise<string[]> => (await list({ first: 100, ...variables })).nodes.map((n) => n.title);

  const A = 'Handledning för handläggare';
  const B = 'Stödsamtal efter svåra möten';
  const C = 'Rutin för frågor om våld';
  const D = 'Metodstöd 50% klart';
  const E = 'Gruppträffar';

  it.each([
    ['group', () => ({ group: plan.group[3] }), [C, A, B, E]],
    ['development area', () => ({ area: plan.area[1] }), [C, D]],
    ['lead agency', () => ({ lead: plan.agency.FK }), [A, B, E]],
    ['participating agency', () => ({ participating: plan.agency.FK }), [C]],
    ['lead or participating agency', () => ({ agency: plan.agency.SOS }), [B, D]],
    ['status', () => ({ status: ['BLOCKED', 'DONE'] }), [C, D]],
    ['health', () => ({ health: ['AT_RISK', 'OFF_TRACK'] }), [B, D]],
    ['perspective', () => ({ perspective: plan.perspective.HONOUR_RELATED_VIOLENCE }), [B]],
    ['owner', () => ({ owner: plan.user.member3 }), [B]],
    ['parent', () => ({ parent: parentId }), [E]],
    ['top level', () => ({ top: true }), [C, A, B, D]],
    ['due-date range', () => ({ dueFrom: '2020-01-01', dueTo: '2020-12-31' }), [A, B]],
    ['overdue', () => ({ overdue: true }), [A, B]],
    ['not overdue', () => ({ overdue: false }), [C, E, D]],
    ['text, in any case', () => ({ text: 'HANDLÄGGARE' }), [A]],
    ['text with a wildcard character taken literally', () => ({ text: '50%' }), [D]],
    ['several filters at once', () => ({ lead: plan.agency.FK, status: ['IN_PROGRESS'], top: true }), [B]],
  ] as [string, () => Record<string, unknown>, string[]][])('filters by %s', async (_what, variables, expected) => {
    expect(await titles(variables())).toEqual(expected);
    expect((await list({ first: 1, ...variables() })).totalCount).toBe(expected.length);
  });

  it.each([
    ['DUE_DATE', [C, A, B, E, D]],
    ['TITLE', [E, A, D, C, B]],
    ['CREATED', [A, B, C, D, E]],
  ])('sorts by %s', async (sort, expected) => {
    expect(await titles({ sort })).toEqual(expected);
  });

  it('sorts by progress, least first, ties by id', async () => {
    const { actionItems } = ok(await api.gql<{ actionItems: { nodes: { id: string; progress: number }[] } }>('{ actionItems(sort: PROGRESS) { nodes { id progress } } }', {}, plan.token.member3));
    const keys = actionItems.nodes.map((n) => [n.progress, n.id] as const);
    expect(keys.map(([progress]) => progress)).toEqual([10, 10, 40, 50, 100]);
    expect(keys[0]![1] < keys[1]![1]).toBe(true);
  });

  it('pages through a sort without gaps or repeats, the same way every time', async () => {
    for (const sort of ['DUE_DATE', 'RECENTLY_UPDATED', 'CREATED', 'TITLE', 'PROGRESS']) {
      const all = await titles({ sort });
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 10; pages += 1) {
        const page: Page['actionItems'] = await list({ sort, first: 2, after });
        expect(page.totalCount).toBe(5);
        seen.push(...page.nodes.map((n) => n.title));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect({ sort, seen }).toEqual({ sort, seen: all });
    }
  });

  it('breaks ties in the sort by id', async () => {
    const same = { dueDate: '2021-01-15', startDate: '2021-01-01' };
    const ids = [(await createItem(api, plan, { title: 'Lika 1', ...same })).id, (await createItem(api, plan, { title: 'Lika 2', ...same })).id];
    const page = ok(await api.gql<{ actionItems: { nodes: { id: string }[] } }>('{ actionItems(dueFrom: "2021-01-15", dueTo: "2021-01-15") { nodes { id } } }', {}, plan.token.member3));
    expect(page.actionItems.nodes.map((n) => n.id)).toEqual([...ids].sort());
  });

  describe('stale', () => {
    afterEach(() => jest.restoreAllMocks());

    const inDays = (days: number): Date => new Date(Date.now() + days * 24 * 60 * 60 * 1000);

    it('marks open items without a check-in for staleAfterDays as stale, until someone checks in', async () => {
      expect(await titles({ stale: true })).toEqual([]);
      const later = inDays(31);
      jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(later);
      const stale = await titles({ stale: true, group: plan.group[3], top: true });
      expect(stale).toEqual(expect.arrayContaining([A, B]));
      expect(stale).not.toContain(C);

      const bId = ok(await api.gql<{ actionItems: { nodes: { id: string }[] } }>('{ actionItems(text: "Stödsamtal") { nodes { id } } }', {}, plan.token.member3)).actionItems.nodes[0]!.id;
      ok(await api.gql(POST_CHECK_IN, { input: { itemId: bId, narrative: 'Samtalen har startat' } }, plan.token.member3));
      expect(await titles({ stale: true, group: plan.group[3], top: true })).not.toContain(B);
      const { actionItem } = ok(await api.gql<{ actionItem: { stale: boolean; lastCheckInAt: string } }>('query ($id: ID!) { actionItem(id: $id) { stale lastCheckInAt } }', { id: bId }, plan.token.member3));
      // The check-in is dated by the same clock the staleness is judged by.
      expect(actionItem).toEqual({ stale: false, lastCheckInAt: later.toISOString() });
    });

    it('follows the plan setting', async () => {
      ok(await api.gql('mutation ($id: ID!) { updatePlan(input: { id: $id, staleAfterDays: 5 }) { staleAfterDays } }', { id: plan.planId }, plan.token.admin));
      const clock = api.app.get(Clock);
      jest.spyOn(clock, 'now').mockReturnValue(inDays(6));
      expect(await titles({ stale: true })).toEqual(expect.arrayContaining([A, D]));
      jest.spyOn(clock, 'now').mockReturnValue(inDays(4));
      expect(await titles({ stale: true })).toEqual([]);
    });
  });
});
