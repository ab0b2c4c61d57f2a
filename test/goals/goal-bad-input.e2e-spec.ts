import { UserRole } from '@samverkan/auth';
import { FACTORY_PASSWORD, TestApi, newAgency, newUser, onlyError, snapshotTables, startTestApi } from '@samverkan/testing';

describe('goals: bad input', () => {
  let api: TestApi;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    tokens.fk = await api.login('representant.fk@samverkan.example');
    tokens.af = await api.login('representant.af@samverkan.example');
    const { data } = await api.gql<{
      agencies: { id: string; code: string }[];
      plans: { id: string; perspectives: { id: string; code: string }[] }[];
      goals: { nodes: { id: string; scope: string; indicators: { id: string; name: string; unit: string; measurements: { id: string }[] }[] }[] };
    }>('{ agencies { id code } plans { id perspectives { id code } } goals { nodes { id scope indicators { id name unit measurements { id } } } } }', {}, tokens.fk);
    for (const agency of data!.agencies) ids[agency.code] = agency.id;
    ids.plan = data!.plans[0]!.id;
    ids.perspective = data!.plans[0]!.perspectives[0]!.id;
    const goals = data!.goals.nodes;
    ids.goal = goals.find((g) => g.scope === 'Underhållsstöd')!.id;
    ids.lateGoal = goals.find((g) => g.scope.startsWith('Sjukpenninggrundande inkomst'))!.id;
    const indicators = goals.flatMap((g) => g.indicators);
    ids.percent = indicators.find((i) => i.unit === 'PERCENT')!.id;
    ids.count = indicators.find((i) => i.unit === 'COUNT')!.id;
    ids.ratio = indicators.find((i) => i.unit === 'RATIO')!.id;
    ids.ratioMeasurement = indicators.find((i) => i.unit === 'RATIO')!.measurements[0]!.id;

    // A representative of an agency that takes no part in the plan.
    const outsider = await newAgency(api.dataSource);
    const person = await newUser(api.dataSource, { agencyId: outsider.id, roles: [UserRole.AGENCY_REPRESENTATIVE] });
    ids.outsider = outsider.id;
    tokens.outsider = await api.login(person.email, FACTORY_PASSWORD);

    // A later plan FK takes part in, with no perspectives of its own yet.
    const admin = await api.login('admin@samverkan.example');
    const { data: other } = await api.gql<{ createPlan: { id: string } }>(
      'mutation { createPlan(input: { key: "IPV-2022-2024", title: "Next plan", periodStart: "2022-01-01", periodEnd: "2024-12-31" }) { id } }',
      {},
      admin,
    );
    ids.otherPlan = other!.createPlan.id;
    await api.gql('mutation ($p: ID!, $a: ID!) { setPlanAgency(input: { planId: $p, agencyId: $a, role: MEMBER }) { agencyId } }', { p: ids.otherPlan, a: ids.FK }, admin);
  });
  afterAll(() => api.close());

  const missing = '00000000-0000-4000-8000-000000000000';
  const record = 'mutation ($i: ID!, $y: Int!, $v: Float, $n: Int, $d: Int, $on: String) { recordMeasurement(input: { indicatorId: $i, year: $y, value: $v, numerator: $n, denominator: $d, measuredOn: $on }) { id } }';
  const indicator = `mutation ($g: ID!, $u: IndicatorUnit!, $bv: Float, $by: Int, $tv: Float, $ty: Int, $dir: IndicatorDirection! = HIGHER_IS_BETTER) {
    createIndicator(input: { goalId: $g, name: "Staff trained", unit: $u, direction: $dir, sourceKind: SURVEY, baselineValue: $bv, baselineYear: $by, targetValue: $tv, targetYear: $ty }) { id } }`;
  const createGoal = `mutation ($p: ID!, $a: ID!, $s: String! = "Ask on indication", $v: [ID!]! = [], $d: ID, $y: Int) {
    createGoal(input: { planId: $p, agencyId: $a, title: "New goal", statement: $s, perspectiveIds: $v, developmentAreaId: $d, firstYear: $y }) { id } }`;
  const assess = 'mutation ($g: ID!, $y: Int!, $o: AssessmentOutcome!, $j: String! = "") { assessGoal(input: { goalId: $g, year: $y, outcome: $o, justification: $j }) { id } }';
  const correct = 'mutation ($id: ID!, $y: Int!, $n: Int, $d: Int) { correctMeasurement(input: { id: $id, year: $y, numerator: $n, denominator: $d, reason: "Recounted" }) { id } }';

  const cases: [string, string, () => Record<string, unknown>, string][] = [
    ['a percent above 100', record, () => ({ i: ids.percent, y: 2021, v: 100.5 }), 'input.value'],
    ['a percent below 0', record, () => ({ i: ids.percent, y: 2021, v: -1 }), 'input.value'],
    ['a count that is not a whole number', record, () => ({ i: ids.count, y: 2021, v: 2.5 }), 'input.value'],
    ['a numerator larger than its denominator', record, () => ({ i: ids.ratio, y: 2020, n: 2801, d: 2800 }), 'input.numerator'],
    ['a ratio without its denominator', record, () => ({ i: ids.ratio, y: 2020, n: 1300 }), 'input.denominator'],
    ['a ratio given as a value', record, () => ({ i: ids.ratio, y: 2020, v: 0.5, n: 1, d: 2 }), 'input.value'],
    ['a numerator on a percent indicator', record, () => ({ i: ids.percent, y: 2021, v: 50, n: 1 }), 'input.numerator'],
    ['a denominator of 0', record, () => ({ i: ids.ratio, y: 2020, n: 0, d: 0 }), 'input.denominator'],
    ['a measurement year after the plan', record, () => ({ i: ids.percent, y: 2022, v: 50 }), 'input.year'],
    ['a measurement year before the plan', record, () => ({ i: ids.percent, y: 2018, v: 50 }), 'input.year'],
    ['a dated point outside the year', record, () => ({ i: ids.percent, y: 2021, v: 50, on: '2020-12-31' }), 'input.measuredOn'],
    ['an impossible date', record, () => ({ i: ids.percent, y: 2021, v: 50, on: '2021-02-30' }), 'input.measuredOn'],
    ['a correction with a numerator larger than its denominator', correct, () => ({ id: ids.ratioMeasurement, y: 2019, n: 3, d: 2 }), 'input.numerator'],
    ['a target year before the baseline year', indicator, () => ({ g: ids.goal, u: 'PERCENT', bv: 50, by: 2021, tv: 80, ty: 2020 }), 'input.targetYear'],
    ['a target year after the plan', indicator, () => ({ g: ids.goal, u: 'PERCENT', bv: 50, by: 2019, tv: 80, ty: 2023 }), 'input.targetYear'],
    ['a baseline year after the plan', indicator, () => ({ g: ids.goal, u: 'PERCENT', bv: 50, by: 2022 }), 'input.baselineYear'],
    ['a baseline value without its year', indicator, () => ({ g: ids.goal, u: 'PERCENT', bv: 50 }), 'input.baselineYear'],
    ['a target year without its value', indicator, () => ({ g: ids.goal, u: 'COUNT', ty: 2021 }), 'input.targetValue'],
    ['a percent target a denormal above a baseline of 0', indicator, () => ({ g: ids.goal, u: 'PERCENT', bv: 0, by: 2019, tv: 5e-324, ty: 2021 }), 'input.targetValue'],
    ['a measurement finer than a millionth', record, () => ({ i: ids.percent, y: 2021, v: 1e-9 }), 'input.value'],
    ['a percent target above 100', indicator, () => ({ g: ids.goal, u: 'PERCENT', tv: 120, ty: 2021 }), 'input.targetValue'],
    ['a ratio baseline above 1', indicator, () => ({ g: ids.goal, u: 'RATIO', bv: 1.5, by: 2019 }), 'input.baselineValue'],
    ['a target worse than the baseline', indicator, () => ({ g: ids.goal, u: 'PERCENT', bv: 50, by: 2019, tv: 40, ty: 2021 }), 'input.targetValue'],
    [
      'a target worse than the baseline when lower is better',
      indicator,
      () => ({ g: ids.goal, u: 'COUNT', bv: 10, by: 2019, tv: 20, ty: 2021, dir: 'LOWER_IS_BETTER' }),
      'input.targetValue',
    ],
    ['a plan that does not exist', createGoal, () => ({ p: missing, a: ids.FK }), 'input.planId'],
    ['a perspective of no plan', createGoal, () => ({ p: ids.plan, a: ids.FK, v: [missing] }), 'input.perspectiveIds'],
    ['a perspective of another plan', createGoal, () => ({ p: ids.otherPlan, a: ids.FK, v: [ids.perspective] }), 'input.perspectiveIds'],
    ['a development area that does not exist', createGoal, () => ({ p: ids.plan, a: ids.FK, d: missing }), 'input.developmentAreaId'],
    ['a first year outside the plan', createGoal, () => ({ p: ids.plan, a: ids.FK, y: 2025 }), 'input.firstYear'],
    ['a personal identity number in a statement', createGoal, () => ({ p: ids.plan, a: ids.FK, s: 'Som i ärendet 811218-9876' }), 'input.statement'],
    ['an assessment year outside the plan', assess, () => ({ g: ids.goal, y: 2022, o: 'FULFILLED' }), 'input.year'],
    ['an assessment before the goal is followed up', assess, () => ({ g: ids.lateGoal, y: 2019, o: 'FULFILLED' }), 'input.year'],
    ['"not assessable" without saying why', assess, () => ({ g: ids.goal, y: 2020, o: 'NOT_ASSESSABLE', j: '   ' }), 'input.justification'],
    ['a page size of 0', '{ goals(first: 0) { totalCount } }', () => ({}), 'first'],
    ['a malformed cursor', '{ goals(after: "garbage") { totalCount } }', () => ({}), 'after'],
    ['a follow-up year outside the plan', 'query ($p: ID!, $a: ID!) { followUpDue(planId: $p, agencyId: $a, year: 2018) { totalCount } }', () => ({ p: ids.plan, a: ids.FK }), 'year'],
  ];

  it.each(cases)('rejects %s with BAD_USER_INPUT naming the field, writing nothing', async (_what, query, variables, field) => {
    const before = await snapshotTables(api.dataSource);
    const error = onlyError(await api.gql(query, variables(), tokens.fk));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).not.toBe('');
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it('rejects an unknown unit as BAD_USER_INPUT, writing nothing', async () => {
    const before = await snapshotTables(api.dataSource);
    const error = onlyError(await api.gql(indicator, { g: ids.goal, u: 'LITRES' }, tokens.fk));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/IndicatorUnit/);
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it('answers NOT_FOUND for a measurement of an unknown indicator, naming it', async () => {
    const error = onlyError(await api.gql(record, { i: missing, y: 2021, v: 50 }, tokens.fk));
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.indicatorId' });
  });

  it('rejects a goal for an agency that takes no part in the plan, naming the agency', async () => {
    const before = await snapshotTables(api.dataSource);
    const error = onlyError(await api.gql(createGoal, { p: ids.plan, a: ids.outsider }, tokens.outsider));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.agencyId', reason: 'AGENCY_NOT_IN_PLAN' });
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it.each([
    ['a measurement for an indicator of another agency', record, () => ({ i: ids.percent, y: 2021, v: 50 })],
    ['an assessment of a goal of another agency', assess, () => ({ g: ids.goal, y: 2021, o: 'FULFILLED' })],
    ['a goal in the name of another agency', createGoal, () => ({ p: ids.plan, a: ids.FK })],
  ])("answers %s with FORBIDDEN, writing nothing", async (_what, query, variables) => {
    const before = await snapshotTables(api.dataSource);
    expect(onlyError(await api.gql(query, variables(), tokens.af)).extensions?.code).toBe('FORBIDDEN');
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it('reads a stored indicator whose share of the way does not compute as null, for everyone, without an error', async () => {
    await api.dataSource.query(
      `UPDATE goal_indicators SET baseline_value = 0, baseline_year = 2019, target_value = 5e-324, target_year = 2021, direction = 'HIGHER_IS_BETTER' WHERE id = $1`,
      [ids.percent],
    );
    expect((await api.gql(record, { i: ids.percent, y: 2021, v: 100 }, tokens.fk)).errors).toBeUndefined();
    const read = await api.gql<{ goals: { nodes: { indicators: { id: string; progressTowardTarget: number | null; series: { progressTowardTarget: number | null }[] }[] }[] } }>(
      '{ goals { nodes { indicators { id progressTowardTarget series { progressTowardTarget } } } } }',
      {},
      tokens.af,
    );
    expect(read.errors).toBeUndefined();
    const stored = read.data!.goals.nodes.flatMap((g) => g.indicators).find((i) => i.id === ids.percent)!;
    expect(stored.progressTowardTarget).toBeNull();
    expect(stored.series.every((point) => point.progressTowardTarget === null)).toBe(true);
  });
});
