import { TestApi, onlyError, startTestApi } from '@samverkan/testing';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

interface SeededGoal {
  id: string;
  title: string;
  scope: string;
  firstYear: number | null;
  agency: { code: string };
  developmentArea: { number: number } | null;
  perspectives: { code: string }[];
  indicators: {
    name: string;
    unit: string;
    baselineValue: number | null;
    targetValue: number | null;
    progressTowardTarget: number | null;
    measurements: { year: number; value: number; numerator: number | null; denominator: number | null; note: string }[];
    series: { year: number; value: number; progressTowardTarget: number | null }[];
  }[];
  assessments: { year: number; outcome: string; justification: string }[];
}

const FK_GOALS = `query ($p: ID!, $a: ID!) { goals(planId: $p, agencyId: $a, first: 10) { totalCount nodes {
  id title scope firstYear agency { code } developmentArea { number } perspectives { code }
  indicators { name unit baselineValue targetValue progressTowardTarget
    measurements { year value numerator denominator note }
    series { year value progressTowardTarget } }
  assessments { year outcome justification } } } }`;

describe('goals: the seeded follow-up of the Social Insurance Agency', () => {
  let api: TestApi;
  let admin: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.login('admin@samverkan.example');
    const { data } = await api.gql<{ agencies: { id: string; code: string }[]; plans: { id: string; perspectives: { id: string; code: string }[] }[] }>(
      '{ agencies { id code } plans { id perspectives { id code } } }',
      {},
      admin,
    );
    for (const agency of data!.agencies) ids[agency.code] = agency.id;
    ids.plan = data!.plans[0]!.id;
    for (const perspective of data!.plans[0]!.perspectives) ids[perspective.code] = perspective.id;
  });
  afterAll(() => api.close());

  const titlesOf = (response: { data?: { goals: { nodes: { title: string }[] } } }): string[] => response.data!.goals.nodes.map((g) => g.title);

  it('is readable by a person created today: goals per benefit, indicators with the figures, and the assessments', async () => {
    const created = await api.gql(
      'mutation ($a: ID!) { createUser(input: { email: "ny.analytiker@sos.example", displayName: "Ny Analytiker", agencyId: $a, password: "a-long-password-1" }) { id } }',
      { a: ids.SOS },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const newcomer = await api.login('ny.analytiker@sos.example', 'a-long-password-1');

    const response = await api.gql<{ goals: { totalCount: number; nodes: SeededGoal[] } }>(FK_GOALS, { p: ids.plan, a: ids.FK }, newcomer);
    expect(response.errors).toBeUndefined();
    const goals = response.data!.goals;
    expect(goals.totalCount).toBe(4);
    expect(goals.nodes.map((g) => [g.scope, g.agency.code, g.developmentArea?.number, g.firstYear])).toEqual([
      ['Aktivitetsersättning', 'FK', 1, null],
      ['Sjukpenning och rehabilitering', 'FK', 1, null],
      ['Sjukpenninggrundande inkomst och kundmöten', 'FK', 3, 2020],
      ['Underhållsstöd', 'FK', 1, null],
    ]);
    const [activity, sickness, customerMeetings, maintenance] = goals.nodes as [SeededGoal, SeededGoal, SeededGoal, SeededGoal];

    expect(sickness.indicators[0]!.measurements).toEqual([
      { year: 2019, value: 1300 / 2800, numerator: 1300, denominator: 2800, note: 'Cirka 1 300 av cirka 2 800 personliga handläggare' },
    ]);
    expect(activity.indicators[0]!.measurements[0]).toMatchObject({ year: 2019, numerator: 40, denominator: 400, value: 0.1 });
    expect(maintenance.perspectives.map((p) => p.code)).toEqual(['CHILDREN_AT_RISK']);
    expect(maintenance.indicators.map((i) => [i.unit, i.measurements.map((m) => [m.year, m.value])])).toEqual([
      ['COUNT', [[2021, 2000]]],
      ['PERCENT', [[2020, 70], [2021, 87]]],
      ['COUNT', [[2021, 500]]],
    ]);
    expect(customerMeetings.indicators).toEqual([]);

    // FK judged its goals only partly fulfilled, and one not assessable because indications are not counted.
    expect(goals.nodes.map((g) => g.assessments.map((a) => [a.year, a.outcome]))).toEqual([
      [[2021, 'NOT_ASSESSABLE']],
      [[2021, 'PARTLY_FULFILLED']],
      [[2021, 'PARTLY_FULFILLED']],
      [[2021, 'PARTLY_FULFILLED']],
    ]);
    expect(activity.assessments[0]!.justification).toMatch(/Indikationerna räknas inte/);
  });

  it('gives progress toward the target as a share of the way, as computed by hand', async () => {
    const { data } = await api.gql<{ goals: { nodes: SeededGoal[] } }>(FK_GOALS, { p: ids.plan, a: ids.FK }, admin);
    const knowHowToAct = data!.goals.nodes.flatMap((g) => g.indicators).find((i) => i.name.startsWith('Medarbetare som uppger att de vet hur de ska agera'))!;
    // Baseline 70 % (2020), target 90 % (2021), measured 87 % in 2021: (87 − 70) / (90 − 70) = 17 / 20 = 0.85.
    expect(knowHowToAct).toMatchObject({ baselineValue: 70, targetValue: 90 });
    expect(knowHowToAct.series).toEqual([
      { year: 2020, value: 70, progressTowardTarget: 0 },
      { year: 2021, value: 87, progressTowardTarget: expect.closeTo(0.85, 10) },
    ]);
    expect(knowHowToAct.progressTowardTarget).toBeCloseTo(0.85, 10);
    // Without a baseline and a target there is nothing to measure progress against.
    const trained = data!.goals.nodes.flatMap((g) => g.indicators).find((i) => i.name.startsWith('Utbildade personliga handläggare'))!;
    expect(trained.progressTowardTarget).toBeNull();
  });

  it('filters goals by plan, agency, year, perspective and assessment', async () => {
    const query = `query ($p: ID, $a: ID, $y: Int, $v: ID, $o: AssessmentOutcome) {
      goals(planId: $p, agencyId: $a, year: $y, perspectiveId: $v, assessment: $o) { totalCount nodes { title } } }`;
    const count = async (variables: Record<string, unknown>): Promise<number> => {
      const response = await api.gql<{ goals: { totalCount: number; nodes: unknown[] } }>(query, { p: ids.plan, ...variables }, admin);
      expect(response.errors).toBeUndefined();
      expect(response.data!.goals.nodes).toHaveLength(response.data!.goals.totalCount);
      return response.data!.goals.totalCount;
    };
    expect(await count({ a: ids.FK })).toBe(4);
    expect(await count({ a: ids.AF })).toBe(0);
    // The goal for customer meetings (Sjukpenninggrundande inkomst och kundmöten) starts in 2020.
    expect(await count({ a: ids.FK, y: 2019 })).toBe(3);
    expect(await count({ a: ids.FK, y: 2020 })).toBe(4);
    expect(await count({ v: ids.CHILDREN_AT_RISK })).toBe(1);
    expect(await count({ v: ids.HONOUR_RELATED_VIOLENCE })).toBe(0);
    expect(await count({ o: 'NOT_ASSESSABLE', y: 2021 })).toBe(1);
    expect(await count({ o: 'NOT_ASSESSABLE', y: 2020 })).toBe(0);
    expect(await count({ o: 'PARTLY_FULFILLED' })).toBe(3);
    expect(titlesOf(await api.gql(query, { o: 'NOT_ASSESSABLE' }, admin))).toEqual(['Aktivitetsersättning: fråga vid indikation']);
  });

  it('pages through goals in a stable order', async () => {
    const page = 'query ($a: ID!, $after: String) { goals(agencyId: $a, first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { title } } }';
    const first = await api.gql<{ goals: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { title: string }[] } }>(page, { a: ids.FK }, admin);
    expect(first.data!.goals).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const second = await api.gql<typeof first.data>(page, { a: ids.FK, after: first.data!.goals.pageInfo.endCursor }, admin);
    expect(second.data!.goals.pageInfo.hasNextPage).toBe(false);
    const all = await api.gql(page.replace('first: 3', 'first: 10'), { a: ids.FK }, admin);
    expect([...titlesOf(first), ...titlesOf(second as never)]).toEqual(titlesOf(all as never));
  });

  it('lists, per agency and year, the goals still lacking a measurement or an assessment', async () => {
    const due = `query ($p: ID!, $a: ID!, $y: Int!) { followUpDue(planId: $p, agencyId: $a, year: $y) {
      totalCount nodes { year assessmentMissing goal { scope } indicatorsWithoutMeasurement { name } } } }`;
    const response = await api.gql<{ followUpDue: { totalCount: number; nodes: { year: number; assessmentMissing: boolean; goal: { scope: string }; indicatorsWithoutMeasurement: { name: string }[] }[] } }>(
      due,
      { p: ids.plan, a: ids.FK, y: 2021 },
      admin,
    );
    expect(response.errors).toBeUndefined();
    // 2021 is assessed throughout; the 2019 training figures have no 2021 follow-up.
    expect(response.data!.followUpDue.nodes).toEqual([
      { year: 2021, assessmentMissing: false, goal: { scope: 'Aktivitetsersättning' }, indicatorsWithoutMeasurement: [{ name: 'Utbildade handläggare inom aktivitetsersättningen' }] },
      {
        year: 2021,
        assessmentMissing: false,
        goal: { scope: 'Sjukpenning och rehabilitering' },
        indicatorsWithoutMeasurement: [{ name: 'Utbildade personliga handläggare inom sjukförsäkringen' }],
      },
    ]);

    const in2019 = await api.gql<{ followUpDue: { totalCount: number; nodes: { assessmentMissing: boolean }[] } }>(due, { p: ids.plan, a: ids.FK, y: 2019 }, admin);
    expect(in2019.data!.followUpDue.totalCount).toBe(3);
    expect(in2019.data!.followUpDue.nodes.every((n) => n.assessmentMissing)).toBe(true);
    expect((await api.gql<{ followUpDue: { totalCount: number } }>(due, { p: ids.plan, a: ids.FK, y: 2020 }, admin)).data!.followUpDue.totalCount).toBe(4);
    expect((await api.gql<{ followUpDue: { totalCount: number } }>(due, { p: ids.plan, a: ids.AF, y: 2021 }, admin)).data!.followUpDue.totalCount).toBe(0);
    expect(onlyError(await api.gql(due, { p: ids.plan, a: ids.FK, y: 2022 }, admin)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });

  it('resolves nested fields with a number of SQL statements that does not grow with the goals listed', async () => {
    const statementsFor = async (): Promise<number> => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        const response = await api.gql(
          `query ($p: ID!) { goals(planId: $p, first: 20) { nodes { agency { code } developmentArea { number } perspectives { code } assessments { outcome }
            indicators { progressTowardTarget series { year } history { supersededById } } } } }`,
          { p: ids.plan },
          admin,
        );
        expect(response.errors).toBeUndefined();
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const withFourGoals = await statementsFor();
    // A second agency with as many goals, indicators and measurements again.
    const representative = await api.login('representant.af@samverkan.example');
    for (const scope of ['Employment services', 'Customer meetings', 'Skills programmes', 'Digital services']) {
      const goal = await api.gql<{ createGoal: { id: string } }>(
        `mutation ($p: ID!, $a: ID!, $s: String!, $v: [ID!]!) { createGoal(input: { planId: $p, agencyId: $a, title: $s, statement: "Ask on indication", scope: $s, perspectiveIds: $v }) { id } }`,
        { p: ids.plan, a: ids.AF, s: scope, v: [ids.SPECIAL_VULNERABILITY] },
        representative,
      );
      const indicator = await api.gql<{ createIndicator: { id: string } }>(
        'mutation ($g: ID!) { createIndicator(input: { goalId: $g, name: "Staff trained", unit: PERCENT, sourceKind: SURVEY, baselineValue: 10, baselineYear: 2019, targetValue: 50, targetYear: 2021 }) { id } }',
        { g: goal.data!.createGoal.id },
        representative,
      );
      await api.gql('mutation ($i: ID!) { recordMeasurement(input: { indicatorId: $i, year: 2020, value: 30 }) { id } }', { i: indicator.data!.createIndicator.id }, representative);
      await api.gql('mutation ($g: ID!) { assessGoal(input: { goalId: $g, year: 2020, outcome: FULFILLED }) { id } }', { g: goal.data!.createGoal.id }, representative);
    }
    expect(await statementsFor()).toBe(withFourGoals);
  });
});
