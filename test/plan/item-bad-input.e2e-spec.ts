import { TestApi, onlyError, snapshotTables } from '@samverkan/testing';
import { CREATE_ITEM, CreatedItem, POST_CHECK_IN, SeededPlan, UPDATE_ITEM, createItem, itemInput, ok, startPlanApi } from './plan-fixture';

describe('action items: bad input', () => {
  let api: TestApi;
  let plan: SeededPlan;
  const ids: Record<string, string> = {};
  const missing = '00000000-0000-4000-8000-000000000000';

  beforeAll(async () => {
    ({ api, plan } = await startPlanApi());
    const root = await createItem(api, plan, { title: 'Nivå 1' });
    const middle = await createItem(api, plan, { title: 'Nivå 2', parentId: root.id });
    const leaf = await createItem(api, plan, { title: 'Nivå 3', parentId: middle.id });
    const closed = await createItem(api, plan, { title: 'Avslutad', status: 'DONE' });
    const otherRoot = await createItem(api, plan, { title: 'Annan nivå 1' });
    const otherMiddle = await createItem(api, plan, { title: 'Annan nivå 2', parentId: otherRoot.id });
    const elsewhere = await createItem(api, plan, { groupId: plan.group[1], developmentAreaId: plan.area[1], ownerId: plan.user.coordinator1 }, 'coordinator1');
    Object.assign(ids, { root: root.id, middle: middle.id, leaf: leaf.id, closed: closed.id, elsewhere: elsewhere.id, otherMiddle: otherMiddle.id });
    const other = ok(
      await api.gql<{ createPlan: { id: string } }>('mutation { createPlan(input: { key: "OTHER-PLAN", title: "Annan plan", periodStart: "2022-01-01", periodEnd: "2024-12-31" }) { id } }', {}, plan.token.admin),
    ).createPlan;
    const perspective = ok(
      await api.gql<{ createPerspective: { id: string } }>('mutation ($p: ID!) { createPerspective(input: { planId: $p, code: "ELDERLY", title: "Äldre" }) { id } }', { p: other.id }, plan.token.admin),
    ).createPerspective;
    ids.foreignPerspective = perspective.id;
  });
  afterAll(() => api.close());

  const create = (overrides: Record<string, unknown>) => (): [string, Record<string, unknown>] => [CREATE_ITEM, { input: itemInput(plan, overrides) }];
  const update = (input: () => Record<string, unknown>) => (): [string, Record<string, unknown>] => [UPDATE_ITEM, { input: input() }];
  const checkIn = (input: () => Record<string, unknown>) => (): [string, Record<string, unknown>] => [POST_CHECK_IN, { input: { narrative: 'Avstämning', ...input() } }];
  const query = (text: string, variables: () => Record<string, unknown> = () => ({})) => (): [string, Record<string, unknown>] => [text, variables()];

  const cases: [string, () => [string, Record<string, unknown>], string][] = [
    ['a due date before the start date', create({ startDate: '2021-06-01', dueDate: '2021-05-31' }), 'input.dueDate'],
    ['an impossible due date', create({ dueDate: '2021-02-30' }), 'input.dueDate'],
    ['progress above 100', create({ progress: 101 }), 'input.progress'],
    ['progress below 0', create({ progress: -1 }), 'input.progress'],
    ['a perspective that does not exist', create({ perspectiveIds: [missing] }), 'input.perspectiveIds'],
    ['a perspective of another plan', () => create({ perspectiveIds: [ids.foreignPerspective] })(), 'input.perspectiveIds'],
    ['a lead agency that does not exist', create({ leadAgencyId: missing }), 'input.leadAgencyId'],
    ['a participating agency that does not exist', create({ participatingAgencyIds: [missing] }), 'input.participatingAgencyIds'],
    ['an owner who does not exist', create({ ownerId: missing }), 'input.ownerId'],
    ['a development area that does not exist', create({ developmentAreaId: missing }), 'input.developmentAreaId'],
    ['a parent that does not exist', create({ parentId: missing }), 'input.parentId'],
    ['a parent in another working group', () => create({ parentId: ids.elsewhere })(), 'input.parentId'],
    ['a sub-item four levels deep', () => create({ parentId: ids.leaf })(), 'input.parentId'],
    ['a link that is not a web address', create({ links: [{ title: 'Rutin', url: 'not a url' }] }), 'input.links.0.url'],
    ['a personal identity number in the title', create({ title: 'Ärende 19811218-9876' }), 'input.title'],
    ['a cycle in parents', update(() => ({ id: ids.root, parentId: ids.leaf })), 'input.parentId'],
    ['an item as its own parent', update(() => ({ id: ids.root, parentId: ids.root })), 'input.parentId'],
    ['a move that would nest four levels deep', update(() => ({ id: ids.middle, parentId: ids.otherMiddle })), 'input.parentId'],
    ['progress typed on a parent', update(() => ({ id: ids.root, progress: 50 })), 'input.progress'],
    ['a due date moved before the start date', update(() => ({ id: ids.leaf, dueDate: '2019-12-31' })), 'input.dueDate'],
    ['a check-in on a closed item', checkIn(() => ({ itemId: ids.closed })), 'input.itemId'],
    ['check-in progress on a parent', checkIn(() => ({ itemId: ids.middle, progress: 40 })), 'input.progress'],
    ['check-in progress above 100', checkIn(() => ({ itemId: ids.leaf, progress: 101 })), 'input.progress'],
    ['a page size of 0', query('{ actionItems(first: 0) { totalCount } }'), 'first'],
    ['a page size of 10000', query('{ actionItems(first: 10000) { totalCount } }'), 'first'],
    ['a nested page size of 0', query('query ($id: ID!) { actionItem(id: $id) { checkIns(first: 0) { totalCount } } }', () => ({ id: ids.leaf })), 'first'],
    ['a nested page size of 10000', query('query ($id: ID!) { actionItem(id: $id) { history(first: 10000) { totalCount } } }', () => ({ id: ids.leaf })), 'first'],
    ['a malformed cursor', query('{ actionItems(after: "garbage") { totalCount } }'), 'after'],
    ['a due-date range that ends before it starts', query('{ actionItems(dueFrom: "2021-01-01", dueTo: "2020-12-31") { totalCount } }'), 'dueTo'],
    ['an overview year outside the plan', query('query ($p: ID!) { planOverview(planId: $p, year: 2030) { planId } }', () => ({ p: plan.planId })), 'year'],
    ['an overview list size of 0', query('query ($p: ID!) { planOverview(planId: $p, listSize: 0) { planId } }', () => ({ p: plan.planId })), 'listSize'],
  ];

  it.each(cases)('rejects %s with BAD_USER_INPUT naming the field, writing nothing', async (_what, request, field) => {
    const [text, variables] = request();
    const before = await snapshotTables(api.dataSource);
    const error = onlyError(await api.gql(text, variables, plan.token.coordinator3));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it('rejects a cursor made for another sort order', async () => {
    const first = ok(await api.gql<{ actionItems: { pageInfo: { endCursor: string } } }>('{ actionItems(first: 1, sort: TITLE) { pageInfo { endCursor } } }', {}, plan.token.member3));
    const error = onlyError(await api.gql('query ($a: String) { actionItems(first: 1, sort: DUE_DATE, after: $a) { totalCount } }', { a: first.actionItems.pageInfo.endCursor }, plan.token.member3));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('answers NOT_FOUND for an unknown item', async () => {
    const error = onlyError(await api.gql(UPDATE_ITEM, { input: { id: missing, title: 'x' } }, plan.token.coordinator3));
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
    expect(onlyError(await api.gql('query ($id: ID!) { actionItem(id: $id) { id } }', { id: missing }, plan.token.member3)).extensions?.code).toBe('NOT_FOUND');
  });

  it('accepts the same input once it is right', async () => {
    const item: CreatedItem = await createItem(api, plan, { startDate: '2021-05-01', dueDate: '2021-05-31', progress: 100 });
    expect(item.progress).toBe(100);
  });
});
