import { TestApi, onlyError } from '@samverkan/testing';
import { SeededPlan, UPDATE_ITEM, createItem, ok, startPlanApi } from './plan-fixture';

const REVISE = 'mutation ($p: ID!, $summary: String!) { revisePlan(input: { planId: $p, effectiveFrom: "2020-06-01", summary: $summary, rationale: "Beslut i styrgruppen" }) { number } }';
const AS_OF = `query ($p: ID!, $n: Int!) { planAsOfRevision(planId: $p, number: $n) {
  revision { number summary rationale decidedById }
  snapshot { takenAt title periodStart periodEnd developmentAreas { number subTopics } perspectives { code }
             items { id title parentId status health progress dueDate ownerId leadAgencyId groupId } }
} }`;

interface AsOf {
  planAsOfRevision: {
    revision: { number: number; summary: string };
    snapshot: { takenAt: string; developmentAreas: { number: number; subTopics: string[] }[]; perspectives: unknown[]; items: { id: string; title: string; parentId: string | null; status: string; progress: number; dueDate: string | null }[] };
  };
}

describe('plan revisions: the plan as of a revision', () => {
  let api: TestApi;
  let plan: SeededPlan;

  beforeAll(async () => {
    ({ api, plan } = await startPlanApi());
  });
  afterAll(() => api.close());

  const asOf = async (n: number) => ok(await api.gql<AsOf>(AS_OF, { p: plan.planId, n }, plan.token.observer)).planAsOfRevision;

  it('keeps the plan as it stood at each revision, however it changes afterwards', async () => {
    const parent = await createItem(api, plan, { title: 'Handledning', dueDate: '2020-12-31' });
    const child = await createItem(api, plan, { title: 'Gruppträffar', parentId: parent.id, progress: 30 });
    expect(ok(await api.gql<{ revisePlan: { number: number } }>(REVISE, { p: plan.planId, summary: 'Första revideringen' }, plan.token.steering)).revisePlan.number).toBe(1);

    ok(await api.gql(UPDATE_ITEM, { input: { id: child.id, title: 'Gruppträffar varannan vecka', progress: 80, status: 'IN_PROGRESS' } }, plan.token.coordinator3));
    const added = await createItem(api, plan, { title: 'Ny åtgärd efter revidering' });
    ok(await api.gql(REVISE, { p: plan.planId, summary: 'Andra revideringen' }, plan.token.admin));

    const first = await asOf(1);
    expect(first.revision).toMatchObject({ number: 1, summary: 'Första revideringen' });
    expect(first.snapshot.items).toEqual([
      expect.objectContaining({ id: parent.id, title: 'Handledning', parentId: null, progress: 30, dueDate: '2020-12-31' }),
      expect.objectContaining({ id: child.id, title: 'Gruppträffar', parentId: parent.id, status: 'PLANNED', progress: 30 }),
    ]);
    expect(first.snapshot.developmentAreas.map((a) => a.number)).toEqual([1, 2, 3, 4]);
    expect(first.snapshot.developmentAreas[0]!.subTopics).toHaveLength(3);
    expect(first.snapshot.perspectives).toHaveLength(5);

    const second = await asOf(2);
    expect(second.snapshot.items.map((i) => [i.title, i.progress])).toEqual([
      ['Handledning', 80],
      ['Ny åtgärd efter revidering', 0],
      ['Gruppträffar varannan vecka', 80],
    ]);
    expect(second.snapshot.items.map((i) => i.id)).toContain(added.id);
    expect(new Date(second.snapshot.takenAt).getTime()).toBeGreaterThan(new Date(first.snapshot.takenAt).getTime());
  });

  it('records the revision in the audit log without repeating the snapshot there', async () => {
    const [row] = await api.dataSource.query(`SELECT after FROM audit_log WHERE action = 'plan.revise' ORDER BY id DESC LIMIT 1`);
    expect(row.after).toMatchObject({ number: 2, snapshotItems: 3 });
    expect(row.after.snapshot).toBeUndefined();
  });

  it('answers NOT_FOUND for a revision that was never recorded, and BAD_USER_INPUT for number 0', async () => {
    expect(onlyError(await api.gql(AS_OF, { p: plan.planId, n: 9 }, plan.token.member3)).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'number' });
    expect(onlyError(await api.gql(AS_OF, { p: plan.planId, n: 0 }, plan.token.member3)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number' });
  });
});
