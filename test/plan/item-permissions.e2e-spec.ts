import { TestApi, onlyError, snapshotTables } from '@samverkan/testing';
import { CREATE_ITEM, POST_CHECK_IN, Person, SeededPlan, UPDATE_ITEM, createItem, itemInput, startPlanApi } from './plan-fixture';

const COMMENT = 'mutation ($input: CommentOnActionItemInput!) { commentOnActionItem(input: $input) { id text author { email } } }';

describe('action items: who may do what', () => {
  let api: TestApi;
  let plan: SeededPlan;
  let itemId: string;

  beforeAll(async () => {
    ({ api, plan } = await startPlanApi());
    itemId = (await createItem(api, plan)).id;
  });
  afterAll(() => api.close());

  const attempt = (query: string, variables: Record<string, unknown>, as: Person) => api.gql(query, variables, plan.token[as]);

  async function expectForbidden(query: string, variables: Record<string, unknown>, as: Person): Promise<void> {
    const before = await snapshotTables(api.dataSource);
    const error = onlyError(await attempt(query, variables, as));
    expect({ as, code: error.extensions?.code }).toEqual({ as, code: 'FORBIDDEN' });
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  }

  const everyoneBut = (...allowed: Person[]): Person[] =>
    (['admin', 'steering', 'coordinator3', 'member3', 'coordinator1', 'member1', 'representativeFk', 'observer'] as Person[]).filter((p) => !allowed.includes(p));

  describe('creating, editing and closing items', () => {
    it('is the coordinator of the owning group', async () => {
      expect((await attempt(CREATE_ITEM, { input: itemInput(plan) }, 'coordinator3')).errors).toBeUndefined();
      expect((await attempt(UPDATE_ITEM, { input: { id: itemId, title: 'Ny rubrik' } }, 'coordinator3')).errors).toBeUndefined();
    });

    it.each(everyoneBut('coordinator3'))('is refused to %s', async (as) => {
      await expectForbidden(CREATE_ITEM, { input: itemInput(plan) }, as);
      await expectForbidden(UPDATE_ITEM, { input: { id: itemId, status: 'CANCELLED' } }, as);
    });
  });

  describe('posting check-ins', () => {
    it('is any member of the owning group, the coordinator included', async () => {
      for (const as of ['member3', 'coordinator3'] as Person[]) {
        const response = await attempt(POST_CHECK_IN, { input: { itemId, narrative: `Avstämning av ${as}`, progress: 30 } }, as);
        expect({ as, errors: response.errors }).toEqual({ as, errors: undefined });
      }
    });

    it.each(everyoneBut('coordinator3', 'member3'))('is refused to %s', async (as) => {
      await expectForbidden(POST_CHECK_IN, { input: { itemId, narrative: 'Avstämning' } }, as);
    });

    it('leaves closing an item to the coordinator', async () => {
      await expectForbidden(POST_CHECK_IN, { input: { itemId, narrative: 'Klart', status: 'DONE' } }, 'member3');
      const item = await createItem(api, plan);
      expect((await attempt(POST_CHECK_IN, { input: { itemId: item.id, narrative: 'Klart', status: 'DONE', progress: 100 } }, 'coordinator3')).errors).toBeUndefined();
    });
  });

  describe('commenting', () => {
    it.each(['steering', 'observer', 'coordinator3', 'member3'] as Person[])('is allowed to %s', async (as) => {
      const response = await attempt(COMMENT, { input: { itemId, text: `Synpunkt från ${as}` } }, as);
      expect(response.errors).toBeUndefined();
      expect(response.data).toMatchObject({ commentOnActionItem: { text: `Synpunkt från ${as}` } });
    });

    it.each(everyoneBut('steering', 'observer', 'coordinator3', 'member3'))('is refused to %s', async (as) => {
      await expectForbidden(COMMENT, { input: { itemId, text: 'Synpunkt' } }, as);
    });
  });

  it('lets everyone logged in read items, comments and the overview, and nobody else', async () => {
    const read = `query ($id: ID!, $p: ID!) {
      actionItem(id: $id) { title comments { totalCount } }
      actionItems(first: 5) { totalCount }
      planOverview(planId: $p) { totals { items } }
    }`;
    for (const as of ['observer', 'representativeFk', 'member1'] as Person[]) {
      const response = await attempt(read, { id: itemId, p: plan.planId }, as);
      expect(response.errors).toBeUndefined();
      expect(response.data).toMatchObject({ actionItem: { comments: { totalCount: 4 } } });
    }
    const anonymous = await api.gql('{ actionItems { totalCount } }');
    expect(onlyError(anonymous).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
