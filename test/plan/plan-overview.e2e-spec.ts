import { Clock } from '@samverkan/common';
import { TestApi } from '@samverkan/testing';
import { FIGURES, Figures, POST_CHECK_IN, Row, SeededPlan, UPDATE_ITEM, createItem, ok, startPlanApi } from './plan-fixture';
import { statementsDuring } from './statement-log';

const OVERVIEW = `query ($p: ID!, $year: Int) { planOverview(planId: $p, year: $year) {
  year totals { ${FIGURES} }
  byGroup { label ${FIGURES} } byDevelopmentArea { label ${FIGURES} } byLeadAgency { label ${FIGURES} } byPerspective { label ${FIGURES} }
  oldestOpenRisks { title healthSince } dueSoon { title dueDate }
} }`;

interface Overview {
  year: number | null;
  totals: Figures;
  byGroup: Row[];
  byDevelopmentArea: Row[];
  byLeadAgency: Row[];
  byPerspective: Row[];
  oldestOpenRisks: { title: string; healthSince: string }[];
  dueSoon: { title: string; dueDate: string }[];
}

/** Figures written out by hand: status counts P/IP/D/B/C, open-item health counts OT/AR/OFF. */
function figures(items: number, [planned, inProgress, done, blocked, cancelled]: number[], [onTrack, atRisk, offTrack]: number[], completion: number, averageProgress: number, overdue: number, stale: number): Figures {
  return { items, byStatus: { planned, inProgress, done, blocked, cancelled }, byHealth: { onTrack, atRisk, offTrack }, completion, averageProgress, overdue, stale };
}

describe('steering-group overview', () => {
  let api: TestApi;
  let plan: SeededPlan;
  let clock: Clock;
  const ids: Record<string, string> = {};
  // The overview is judged on 15 June 2020: stale means no check-in since 16 May.
  const at = (iso: string): Date => new Date(`${iso}T10:00:00Z`);

  beforeAll(async () => {
    ({ api, plan } = await startPlanApi());
    clock = api.app.get(Clock);
    const { agency, area, perspective, user } = plan;
    const wg1 = { groupId: plan.group[1], ownerId: user.coordinator1 };

    jest.spyOn(clock, 'now').mockReturnValue(at('2020-03-01'));
    ids.i4 = (await createItem(api, plan, { ...wg1, title: 'I4 Metodstöd', developmentAreaId: area[1], leadAgencyId: agency.SOS, participatingAgencyIds: [], perspectiveIds: [perspective.HONOUR_RELATED_VIOLENCE], status: 'BLOCKED', health: 'OFF_TRACK', progress: 20, startDate: '2020-01-01', dueDate: '2021-03-01' }, 'coordinator1')).id;
    jest.spyOn(clock, 'now').mockReturnValue(at('2020-04-01'));
    ok(await api.gql(POST_CHECK_IN, { input: { itemId: ids.i4, narrative: 'Väntar på beslut' } }, plan.token.member1));

    jest.spyOn(clock, 'now').mockReturnValue(at('2020-06-15'));
    ids.i1 = (await createItem(api, plan, { title: 'I1 Handledning', developmentAreaId: area[4], leadAgencyId: agency.FK, perspectiveIds: [perspective.CHILDREN_AT_RISK], status: 'IN_PROGRESS', health: 'AT_RISK', progress: 40, startDate: '2020-01-01', dueDate: '2020-06-01' })).id;
    ids.i2 = (await createItem(api, plan, { title: 'I2 Information', developmentAreaId: area[4], leadAgencyId: agency.AF, perspectiveIds: [perspective.CHILDREN_AT_RISK, perspective.HONOUR_RELATED_VIOLENCE], startDate: '2020-06-01', dueDate: '2020-07-10' })).id;
    ids.i3 = (await createItem(api, plan, { title: 'I3 Rutin', developmentAreaId: area[1], leadAgencyId: agency.FK, perspectiveIds: [], status: 'DONE', progress: 100, startDate: '2019-02-01', dueDate: '2019-12-31' })).id;
    ids.i5 = (await createItem(api, plan, { ...wg1, title: 'I5 Avbruten', developmentAreaId: area[1], leadAgencyId: agency.SOS, perspectiveIds: [], status: 'CANCELLED', startDate: '2020-01-01', dueDate: '2020-02-01' }, 'coordinator1')).id;
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await api.close();
  });

  const overview = async (year: number | null = null): Promise<Overview> => ok(await api.gql<{ planOverview: Overview }>(OVERVIEW, { p: plan.planId, year }, plan.token.steering)).planOverview;

  it('computes totals, per group, per area, per lead agency and per perspective', async () => {
    const result = await overview();
    expect(result.totals).toEqual(figures(5, [1, 1, 1, 1, 1], [1, 1, 1], 0.25, 40, 1, 1));
    expect(result.byGroup).toEqual([
      { label: 'Arbetsgrupp 1: Rutiner och metoder', ...figures(2, [0, 0, 0, 1, 1], [0, 0, 1], 0, 20, 0, 1) },
      { label: 'Arbetsgrupp 3: Stöd till personal', ...figures(3, [1, 1, 1, 0, 0], [1, 1, 0], 1 / 3, 46.7, 1, 0) },
    ]);
    expect(result.byDevelopmentArea).toEqual([
      { label: 'Rutiner och metoder för att upptäcka våld', ...figures(3, [0, 0, 1, 1, 1], [0, 0, 1], 0.5, 60, 0, 1) },
      { label: 'Stärkt stöd till personal med klientkontakter', ...figures(2, [1, 1, 0, 0, 0], [1, 1, 0], 0, 20, 1, 0) },
    ]);
    expect(result.byLeadAgency).toEqual([
      { label: 'Arbetsförmedlingen', ...figures(1, [1, 0, 0, 0, 0], [1, 0, 0], 0, 0, 0, 0) },
      { label: 'Försäkringskassan', ...figures(2, [0, 1, 1, 0, 0], [0, 1, 0], 0.5, 70, 1, 0) },
      { label: 'Socialstyrelsen', ...figures(2, [0, 0, 0, 1, 1], [0, 0, 1], 0, 20, 0, 1) },
    ]);
    expect(result.byPerspective.map((row) => [row.items, row.averageProgress, row.overdue, row.stale])).toEqual([
      [2, 20, 1, 0],
      [2, 10, 0, 1],
    ]);
  });

  it('lists the oldest open risks and what falls due in the next 30 days', async () => {
    const result = await overview();
    expect(result.oldestOpenRisks).toEqual([
      { title: 'I4 Metodstöd', healthSince: at('2020-03-01').toISOString() },
      { title: 'I1 Handledning', healthSince: at('2020-06-15').toISOString() },
    ]);
    expect(result.dueSoon).toEqual([{ title: 'I2 Information', dueDate: '2020-07-10' }]);
  });

  it('narrows to the items whose span touches a year', async () => {
    expect((await overview(2019)).totals).toEqual(figures(1, [0, 0, 1, 0, 0], [0, 0, 0], 1, 100, 0, 0));
    const in2021 = await overview(2021);
    expect(in2021.totals).toEqual(figures(1, [0, 0, 0, 1, 0], [0, 0, 1], 0, 20, 0, 1));
    expect(in2021.byGroup.map((row) => row.label)).toEqual(['Arbetsgrupp 1: Rutiner och metoder']);
  });

  it('never answers from before a write, however soon after it the question comes', async () => {
    await overview();
    // A day later, so the new risk is the newest.
    jest.spyOn(clock, 'now').mockReturnValue(at('2020-06-16'));
    ok(await api.gql(POST_CHECK_IN, { input: { itemId: ids.i2, narrative: 'Tryckeriet är försenat', health: 'OFF_TRACK' } }, plan.token.member3));
    const afterCheckIn = await overview();
    expect(afterCheckIn.totals.byHealth).toEqual({ onTrack: 0, atRisk: 1, offTrack: 2 });
    expect(afterCheckIn.oldestOpenRisks.map((r) => r.title)).toEqual(['I4 Metodstöd', 'I1 Handledning', 'I2 Information']);

    ok(await api.gql(UPDATE_ITEM, { input: { id: ids.i1, status: 'DONE', progress: 100 } }, plan.token.coordinator3));
    expect((await overview()).totals).toMatchObject({ byStatus: { planned: 1, inProgress: 0, done: 2, blocked: 1, cancelled: 1 }, overdue: 0 });

    ok(await api.gql('mutation ($id: ID!) { updatePlan(input: { id: $id, staleAfterDays: 365 }) { id } }', { id: plan.planId }, plan.token.admin));
    expect((await overview()).totals.stale).toBe(0);

    ok(await api.gql('mutation ($id: ID!) { updateGroup(input: { id: $id, name: "Arbetsgrupp 1" }) { id } }', { id: plan.group[1] }, plan.token.admin));
    expect((await overview()).byGroup[0]!.label).toBe('Arbetsgrupp 1');
  });

  it('answers from one aggregate statement and two short lists, not by loading every item', async () => {
    // A write makes the cache cold, so the statements below are the ones that compute the overview.
    ok(await api.gql(POST_CHECK_IN, { input: { itemId: ids.i2, narrative: 'Ny avstämning' } }, plan.token.member3));
    const statements = await statementsDuring(api.dataSource, () =>
      api.gql('query ($p: ID!) { planOverview(planId: $p) { totals { items } } }', { p: plan.planId }, plan.token.steering),
    );
    expect(statements.filter((sql) => /action_items/.test(sql))).toHaveLength(3);
    const cached = await statementsDuring(api.dataSource, () =>
      api.gql('query ($p: ID!) { planOverview(planId: $p) { totals { items } } }', { p: plan.planId }, plan.token.steering),
    );
    expect(cached.filter((sql) => /action_items/.test(sql))).toHaveLength(0);
  });
});
