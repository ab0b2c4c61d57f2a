import { Clock } from '@samverkan/common';
import { TestApi } from '@samverkan/testing';
import { POST_CHECK_IN, SeededPlan, createItem, ok, startPlanApi } from './plan-fixture';

const LIST = `query ($p: ID!) { actionItems(planId: $p, first: 100) { totalCount nodes { title progress owner { displayName } latestCheckIn { narrative } } } }`;

interface List {
  actionItems: { totalCount: number; nodes: { title: string; progress: number; owner: { displayName: string }; latestCheckIn: { narrative: string } | null }[] };
}

describe('cached reads never answer from before a write', () => {
  let api: TestApi;
  let plan: SeededPlan;
  let itemId: string;

  beforeAll(async () => {
    ({ api, plan } = await startPlanApi());
    itemId = (await createItem(api, plan, { title: 'Handledning', ownerId: plan.user.member3 })).id;
  });
  afterAll(() => api.close());

  /** The answer and whether it came from the cache. */
  async function read(query: string, token: string, variables: Record<string, unknown> = { p: plan.planId }): Promise<{ cache: string | null; data: List }> {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: List; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return { cache: response.headers.get('x-samverkan-cache'), data: body.data };
  }

  it('serves a repeated read from the cache until an item changes, then answers afresh', async () => {
    expect((await read(LIST, plan.token.steering)).cache).toBe('miss');
    expect((await read(LIST, plan.token.steering)).cache).toBe('hit');

    ok(await api.gql(POST_CHECK_IN, { input: { itemId, narrative: 'Första träffen hölls', progress: 25 } }, plan.token.member3));
    const afterCheckIn = await read(LIST, plan.token.steering);
    expect(afterCheckIn.cache).toBe('miss');
    expect(afterCheckIn.data.actionItems.nodes[0]).toMatchObject({ progress: 25, latestCheckIn: { narrative: 'Första träffen hölls' } });

    await createItem(api, plan, { title: 'Ny åtgärd' });
    expect((await read(LIST, plan.token.steering)).data.actionItems.totalCount).toBe(2);
  });

  it('answers afresh after a write elsewhere that the answer shows', async () => {
    await read(LIST, plan.token.steering);
    expect((await read(LIST, plan.token.steering)).cache).toBe('hit');
    ok(await api.gql('mutation ($id: ID!) { updateUser(input: { id: $id, displayName: "Jonas Falk-Nilsson" }) { id } }', { id: plan.user.member3 }, plan.token.admin));
    const renamed = await read(LIST, plan.token.steering);
    expect(renamed.data.actionItems.nodes.find((n) => n.title === 'Handledning')!.owner.displayName).toBe('Jonas Falk-Nilsson');
  });

  it('keeps answers per caller and leaves other queries alone', async () => {
    await read(LIST, plan.token.steering);
    expect((await read(LIST, plan.token.observer)).cache).toBe('miss');
    const withMe = `query ($p: ID!) { me { id } actionItems(planId: $p) { totalCount } }`;
    await read(withMe, plan.token.steering);
    expect((await read(withMe, plan.token.steering)).cache).toBeNull();
    expect((await read('{ __typename }', plan.token.steering)).cache).toBeNull();
  });

  it('answers afresh when the day changes, since stale and overdue move with the clock', async () => {
    await read(LIST, plan.token.steering);
    expect((await read(LIST, plan.token.steering)).cache).toBe('hit');
    const clock = api.app.get(Clock);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 2 * 24 * 60 * 60 * 1000));
    try {
      expect((await read(LIST, plan.token.steering)).cache).toBe('miss');
    } finally {
      jest.restoreAllMocks();
    }
  });
});
