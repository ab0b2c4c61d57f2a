import { TestApi } from '@samverkan/testing';
import { CREATE_ITEM, SeededPlan, UPDATE_ITEM, createItem, itemInput, ok, startPlanApi } from './plan-fixture';

/** An item may name one sub-topic of its development area; the list filters by it. */
describe('action items: sub-topics', () => {
  let api: TestApi;
  let plan: SeededPlan;
  /** Sub-topic ids by area number, in order. */
  let topics: Record<number, string[]>;

  const SUB_TOPIC = `query ($id: ID!) { actionItem(id: $id) { developmentAreaId subTopicId subTopic { id title } } }`;
  const BY_SUB_TOPIC = `query ($planId: ID!, $subTopicId: ID) { actionItems(planId: $planId, subTopicId: $subTopicId) { totalCount nodes { title } } }`;

  beforeAll(async () => {
    ({ api, plan } = await startPlanApi());
    const { plans } = ok(await api.gql<{ plans: { developmentAreas: { number: number; subTopics: { id: string }[] }[] }[] }>('{ plans { developmentAreas { number subTopics { id } } } }', {}, plan.token.admin));
    topics = Object.fromEntries(plans[0]!.developmentAreas.map((area) => [area.number, area.subTopics.map((topic) => topic.id)]));
    expect(topics[4]!.length).toBeGreaterThanOrEqual(2);
  });
  afterAll(() => api.close());

  it('keeps a sub-topic of the item’s own area, shows it and filters by it', async () => {
    const item = await createItem(api, plan, { title: 'Handledning i grupp', subTopicId: topics[4]![0] });
    await createItem(api, plan, { title: 'Stöd efter hot', subTopicId: topics[4]![1] });
    await createItem(api, plan, { title: 'Utan delområde' });
    const shown = ok(await api.gql<{ actionItem: { subTopicId: string; subTopic: { id: string; title: string } } }>(SUB_TOPIC, { id: item.id }, plan.token.member3));
    expect(shown.actionItem.subTopic).toEqual({ id: topics[4]![0], title: expect.any(String) });
    const listed = ok(await api.gql<{ actionItems: { totalCount: number; nodes: { title: string }[] } }>(BY_SUB_TOPIC, { planId: plan.planId, subTopicId: topics[4]![0] }, plan.token.member3));
    expect(listed.actionItems.nodes.map((node) => node.title)).toEqual(['Handledning i grupp']);
  });

  it('refuses a sub-topic of another area, naming the field, and writes nothing', async () => {
    const before = await api.dataSource.query('SELECT count(*)::int AS n FROM action_items');
    const refused = await api.gql(CREATE_ITEM, { input: itemInput(plan, { title: 'Fel delområde', subTopicId: topics[1]![0] }) }, plan.token.coordinator3);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.subTopicId', reason: 'SUB_TOPIC_NOT_IN_AREA' });
    expect(await api.dataSource.query('SELECT count(*)::int AS n FROM action_items')).toEqual(before);
  });

  it('refuses to move an item to another area while it names a sub-topic of the old one; with the sub-topic cleared it moves', async () => {
    const item = await createItem(api, plan, { title: 'Byter område', subTopicId: topics[4]![0] });
    const refused = await api.gql(UPDATE_ITEM, { input: { id: item.id, developmentAreaId: plan.area[1] } }, plan.token.coordinator3);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.developmentAreaId', reason: 'SUB_TOPIC_NOT_IN_AREA' });
    ok(await api.gql(UPDATE_ITEM, { input: { id: item.id, developmentAreaId: plan.area[1], subTopicId: topics[1]![2] } }, plan.token.coordinator3));
    const moved = ok(await api.gql<{ actionItem: { developmentAreaId: string; subTopicId: string | null } }>(SUB_TOPIC, { id: item.id }, plan.token.coordinator3));
    expect(moved.actionItem).toMatchObject({ developmentAreaId: plan.area[1], subTopicId: topics[1]![2] });
    ok(await api.gql(UPDATE_ITEM, { input: { id: item.id, subTopicId: null } }, plan.token.coordinator3));
    const cleared = ok(await api.gql<{ actionItem: { subTopicId: string | null } }>(SUB_TOPIC, { id: item.id }, plan.token.coordinator3));
    expect(cleared.actionItem.subTopicId).toBeNull();
  });

  it('keeps an item’s sub-topic when the area’s sub-topics are renamed', async () => {
    const item = await createItem(api, plan, { title: 'Behåller delområdet', subTopicId: topics[4]![1] });
    ok(
      await api.gql(
        'mutation ($id: ID!) { updateDevelopmentArea(input: { id: $id, subTopics: ["Kompetensutveckling", "Särskilt stöd till personal"] }) { id } }',
        { id: plan.area[4] },
        plan.token.admin,
      ),
    );
    const shown = ok(await api.gql<{ actionItem: { subTopic: { id: string; title: string } } }>(SUB_TOPIC, { id: item.id }, plan.token.admin));
    expect(shown.actionItem.subTopic).toEqual({ id: topics[4]![1], title: 'Särskilt stöd till personal' });
  });
});
