import { TestApi, onlyError, snapshotTables, startTestApi } from '@samverkan/testing';

interface MeasurementRow {
  id: string;
  year: number;
  value: number;
  numerator: number | null;
  denominator: number | null;
  note: string;
  supersedesId: string | null;
  supersededById: string | null;
}

describe('goals: an agency managing its own goals', () => {
  let api: TestApi;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    for (const [name, email] of Object.entries({
      admin: 'admin@samverkan.example',
      representativeFk: 'representant.fk@samverkan.example',
      representativeAf: 'representant.af@samverkan.example',
      observer: 'observator@samverkan.example',
      steering: 'styrgrupp.fk@samverkan.example',
      coordinator: 'samordnare.ag3@samverkan.example',
      member: 'medlem.ag3@samverkan.example',
    })) {
      tokens[name] = await api.login(email);
    }
    const { data } = await api.gql<{
      agencies: { id: string; code: string }[];
      plans: { id: string; perspectives: { id: string; code: string }[]; developmentAreas: { id: string; number: number }[] }[];
      goals: { nodes: { id: string; indicators: { id: string; unit: string }[] }[] };
    }>('{ agencies { id code } plans { id perspectives { id code } developmentAreas { id number } } goals { nodes { id indicators { id unit } } } }', {}, tokens.admin);
    for (const agency of data!.agencies) ids[agency.code] = agency.id;
    const [plan] = data!.plans;
    ids.plan = plan!.id;
    for (const perspective of plan!.perspectives) ids[perspective.code] = perspective.id;
    for (const area of plan!.developmentAreas) ids[`area${area.number}`] = area.id;
    ids.seededGoal = data!.goals.nodes[0]!.id;
    const withPercent = data!.goals.nodes.find((g) => g.indicators.some((i) => i.unit === 'PERCENT'))!;
    ids.seededIndicatorGoal = withPercent.id;
    ids.seededIndicator = withPercent.indicators.find((i) => i.unit === 'PERCENT')!.id;
  });
  afterAll(() => api.close());

  const history = async (
    goalId: string,
    indicatorId: string,
  ): Promise<{ measurements: MeasurementRow[]; history: MeasurementRow[]; series: { year: number; value: number; progressTowardTarget: number }[] }> => {
    const fields = 'id year value numerator denominator note supersedesId supersededById';
    const { data } = await api.gql<{ goal: { indicators: { id: string; measurements: MeasurementRow[]; history: MeasurementRow[]; series: never[] }[] } }>(
      `query ($g: ID!) { goal(id: $g) { indicators { id measurements { ${fields} } history { ${fields} } series { year value progressTowardTarget } } } }`,
      { g: goalId },
      tokens.observer,
    );
    return data!.goal.indicators.find((i) => i.id === indicatorId)!;
  };

  it("lets the agency's representative set a goal, measure it, correct a figure and assess it", async () => {
    const fk = tokens.representativeFk;
    const goal = await api.gql<{ createGoal: { id: string; scope: string; firstYear: number; perspectives: { code: string }[]; developmentArea: { number: number }; agency: { code: string } } }>(
      `mutation ($p: ID!, $a: ID!, $v: [ID!]!, $d: ID!) { createGoal(input: { planId: $p, agencyId: $a, title: "Customer service: ask on indication",
        statement: "Staff in customer service ask about violence on indication", scope: "Customer service", perspectiveIds: $v, developmentAreaId: $d, firstYear: 2020 })
        { id scope firstYear perspectives { code } developmentArea { number } agency { code } } }`,
      { p: ids.plan, a: ids.FK, v: [ids.HONOUR_RELATED_VIOLENCE, ids.CHILDREN_AT_RISK], d: ids.area1 },
      fk,
    );
    expect(goal.errors).toBeUndefined();
    expect(goal.data!.createGoal).toMatchObject({
      scope: 'Customer service',
      firstYear: 2020,
      perspectives: [{ code: 'CHILDREN_AT_RISK' }, { code: 'HONOUR_RELATED_VIOLENCE' }],
      developmentArea: { number: 1 },
      agency: { code: 'FK' },
    });
    ids.goal = goal.data!.createGoal.id;

    const indicator = await api.gql<{ createIndicator: { id: string; unit: string; registrationNumber: string } }>(
      `mutation ($g: ID!) { createIndicator(input: { goalId: $g, name: "Customer service staff trained", unit: RATIO, sourceKind: FOLLOW_UP,
        sourceDescription: "Training records", registrationNumber: "Dnr 2021-004711", baselineValue: 0.1, baselineYear: 2019, targetValue: 0.5, targetYear: 2021 })
        { id unit registrationNumber } }`,
      { g: ids.goal },
      fk,
    );
    expect(indicator.data!.createIndicator).toMatchObject({ unit: 'RATIO', registrationNumber: 'Dnr 2021-004711' });
    ids.indicator = indicator.data!.createIndicator.id;

    const recorded = await api.gql<{ recordMeasurement: { id: string; value: number } }>(
      'mutation ($i: ID!) { recordMeasurement(input: { indicatorId: $i, year: 2020, numerator: 30, denominator: 100, note: "First count" }) { id value } }',
      { i: ids.indicator },
      fk,
    );
    expect(recorded.data!.recordMeasurement.value).toBeCloseTo(0.3, 10);
    const corrected = await api.gql<{ correctMeasurement: { id: string; value: number; supersedesId: string } }>(
      'mutation ($id: ID!) { correctMeasurement(input: { id: $id, year: 2020, numerator: 35, denominator: 100, note: "Recounted", reason: "Duplicates removed" }) { id value supersedesId correctionReason } }',
      { id: recorded.data!.recordMeasurement.id },
      fk,
    );
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.correctMeasurement).toMatchObject({ value: 0.35, supersedesId: recorded.data!.recordMeasurement.id, correctionReason: 'Duplicates removed' });

    const after = await history(ids.goal, ids.indicator);
    // The current series holds only the correction; the history keeps the corrected figure too.
    expect(after.measurements.map((m) => [m.numerator, m.note, m.supersededById])).toEqual([[35, 'Recounted', null]]);
    expect(after.history.map((m) => [m.numerator, m.note, m.supersededById])).toEqual([
      [30, 'First count', corrected.data!.correctMeasurement.id],
      [35, 'Recounted', null],
    ]);
    // (0.35 − 0.1) / (0.5 − 0.1) = 0.25 / 0.4 = 0.625
    expect(after.series).toEqual([{ year: 2020, value: 0.35, progressTowardTarget: expect.closeTo(0.625, 10) }]);

    const assess = 'mutation ($g: ID!, $o: AssessmentOutcome!) { assessGoal(input: { goalId: $g, year: 2020, outcome: $o, justification: "Training under way" }) { year outcome } }';
    expect((await api.gql(assess, { g: ids.goal, o: 'PARTLY_FULFILLED' }, fk)).data).toEqual({ assessGoal: { year: 2020, outcome: 'PARTLY_FULFILLED' } });
    // Assessing the same year again replaces the year's assessment.
    expect((await api.gql(assess, { g: ids.goal, o: 'FULFILLED' }, fk)).data).toEqual({ assessGoal: { year: 2020, outcome: 'FULFILLED' } });

    const updated = await api.gql<{ updateGoal: { title: string; scope: string; perspectives: unknown[]; assessments: { year: number; outcome: string }[] } }>(
      'mutation ($id: ID!) { updateGoal(input: { id: $id, title: "Customer service and meetings", perspectiveIds: [] }) { title scope perspectives { code } assessments { year outcome } } }',
      { id: ids.goal },
      fk,
    );
    expect(updated.data!.updateGoal).toEqual({ title: 'Customer service and meetings', scope: 'Customer service', perspectives: [], assessments: [{ year: 2020, outcome: 'FULFILLED' }] });

    const retargeted = await api.gql<{ updateIndicator: { unit: string; targetValue: number; progressTowardTarget: number } }>(
      'mutation ($id: ID!) { updateIndicator(input: { id: $id, targetValue: 0.6 }) { unit targetValue progressTowardTarget } }',
      { id: ids.indicator },
      fk,
    );
    // (0.35 − 0.1) / (0.6 − 0.1) = 0.5
    expect(retargeted.data!.updateIndicator).toEqual({ unit: 'RATIO', targetValue: 0.6, progressTowardTarget: expect.closeTo(0.5, 10) });
  });

  it('refuses a correction of a measurement that has been corrected already, writing nothing', async () => {
    const { history: rows } = await history(ids.goal, ids.indicator);
    const before = await snapshotTables(api.dataSource);
    const error = onlyError(
      await api.gql('mutation ($id: ID!) { correctMeasurement(input: { id: $id, year: 2020, numerator: 1, denominator: 2, reason: "Again" }) { id } }', { id: rows[0]!.id }, tokens.representativeFk),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id', reason: 'ALREADY_CORRECTED' });
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it('refuses a correction without a reason on its field, writing nothing', async () => {
    const { measurements } = await history(ids.goal, ids.indicator);
    const before = await snapshotTables(api.dataSource);
    const error = onlyError(
      await api.gql('mutation ($id: ID!) { correctMeasurement(input: { id: $id, year: 2020, numerator: 36, denominator: 100, reason: "  " }) { id } }', { id: measurements[0]!.id }, tokens.representativeFk),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason', reason: 'REASON_REQUIRED' });
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it("tells what a goal's follow-up lacks for a year, as followUpDue does", async () => {
    const response = await api.gql<{
      goal: { done: { assessmentMissing: boolean; indicatorsWithoutMeasurement: unknown[] }; open: { assessmentMissing: boolean; indicatorsWithoutMeasurement: { id: string }[] } };
      followUpDue: { nodes: { goal: { id: string } }[] };
    }>(
      `query ($id: ID!, $p: ID!, $a: ID!) {
        goal(id: $id) {
          done: followUp(year: 2020) { assessmentMissing indicatorsWithoutMeasurement { id } }
          open: followUp(year: 2021) { assessmentMissing indicatorsWithoutMeasurement { id } }
        }
        followUpDue(planId: $p, agencyId: $a, year: 2020, first: 100) { nodes { goal { id } } }
      }`,
      { id: ids.goal, p: ids.plan, a: ids.FK },
      tokens.representativeAf,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.goal.done).toEqual({ assessmentMissing: false, indicatorsWithoutMeasurement: [] });
    expect(response.data!.goal.open).toEqual({ assessmentMissing: true, indicatorsWithoutMeasurement: [{ id: ids.indicator }] });
    expect(response.data!.followUpDue.nodes.map((node) => node.goal.id)).not.toContain(ids.goal);
    const badYear = onlyError(await api.gql('query ($id: ID!) { goal(id: $id) { followUp(year: 20210) { assessmentMissing } } }', { id: ids.goal }, tokens.representativeAf));
    expect(badYear.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });

  const writes: [string, string, () => Record<string, unknown>][] = [
    ['createGoal', 'mutation ($p: ID!, $a: ID!) { createGoal(input: { planId: $p, agencyId: $a, title: "T", statement: "S" }) { id } }', () => ({ p: ids.plan, a: ids.FK })],
    ['updateGoal', 'mutation ($id: ID!) { updateGoal(input: { id: $id, title: "Taken over" }) { id } }', () => ({ id: ids.seededGoal })],
    ['createIndicator', 'mutation ($g: ID!) { createIndicator(input: { goalId: $g, name: "N", unit: COUNT, sourceKind: REGISTER }) { id } }', () => ({ g: ids.seededGoal })],
    ['updateIndicator', 'mutation ($id: ID!) { updateIndicator(input: { id: $id, name: "Renamed" }) { id } }', () => ({ id: ids.seededIndicator })],
    ['recordMeasurement', 'mutation ($i: ID!) { recordMeasurement(input: { indicatorId: $i, year: 2021, value: 99 }) { id } }', () => ({ i: ids.seededIndicator })],
    ['assessGoal', 'mutation ($g: ID!) { assessGoal(input: { goalId: $g, year: 2021, outcome: FULFILLED }) { id } }', () => ({ g: ids.seededGoal })],
  ];

  it.each(writes)("refuses another agency's representative %s on FK's goals (FORBIDDEN, nothing written)", async (_name, mutation, variables) => {
    const before = await snapshotTables(api.dataSource);
    expect(onlyError(await api.gql(mutation, variables(), tokens.representativeAf)).extensions?.code).toBe('FORBIDDEN');
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it("refuses another agency's representative a correction of FK's figures", async () => {
    const { measurements } = await history(ids.seededIndicatorGoal, ids.seededIndicator);
    const before = await snapshotTables(api.dataSource);
    const response = await api.gql('mutation ($id: ID!) { correctMeasurement(input: { id: $id, year: 2021, value: 10, reason: "Taken over" }) { id } }', { id: measurements[0]!.id }, tokens.representativeAf);
    expect(onlyError(response).extensions?.code).toBe('FORBIDDEN');
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it.each(['observer', 'admin', 'steering', 'coordinator', 'member'])('refuses the %s every write on goals (FORBIDDEN, nothing written)', async (who) => {
    const before = await snapshotTables(api.dataSource);
    for (const [name, mutation, variables] of writes) {
      expect({ name, code: onlyError(await api.gql(mutation, variables(), tokens[who])).extensions?.code }).toEqual({ name, code: 'FORBIDDEN' });
    }
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it.each(['observer', 'member', 'representativeAf'])('lets the %s read every goal with its follow-up', async (who) => {
    const response = await api.gql<{ goal: { title: string; indicators: { series: unknown[] }[]; assessments: unknown[] } }>(
      'query ($id: ID!) { goal(id: $id) { title indicators { series { year value progressTowardTarget } } assessments { outcome justification } } }',
      { id: ids.goal },
      tokens[who],
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.goal).toMatchObject({ title: 'Customer service and meetings', indicators: [{ series: [{ year: 2020 }] }], assessments: [{}] });
  });

  it('answers NOT_FOUND for an unknown goal and UNAUTHENTICATED without a login', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(onlyError(await api.gql('query ($id: ID!) { goal(id: $id) { id } }', { id: missing }, tokens.member)).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(onlyError(await api.gql('{ goals { totalCount } }', {}, null)).extensions?.code).toBe('UNAUTHENTICATED');
    const assess = 'mutation ($g: ID!) { assessGoal(input: { goalId: $g, year: 2021, outcome: FULFILLED }) { id } }';
    expect(onlyError(await api.gql(assess, { g: missing }, tokens.representativeFk)).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.goalId' });
  });
});
