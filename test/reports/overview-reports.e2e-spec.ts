import { TestApi, startTestApi } from '@samverkan/testing';
import { SeededPlan, Who, loginAll, seededPlan, submitGroupReport } from './support/reports-api';

const OVERVIEW = `query ($p: ID!, $y: Int) { planOverview(planId: $p, year: $y) {
  year
  reportsMissingOrLate { kind year late dueDate submittedAt group { number } agency { code } report { status } }
} }`;

interface Expected {
  kind: string;
  year: number;
  late: boolean;
  dueDate: string;
  submittedAt: string | null;
  group: { number: number } | null;
  agency: { code: string } | null;
  report: { status: string } | null;
}

describe("the overview's missing and late reports", () => {
  let api: TestApi;
  let tokens: Record<Who, string>;
  let plan: SeededPlan;

  beforeAll(async () => {
    api = await startTestApi();
    tokens = await loginAll(api);
    plan = await seededPlan(api, tokens.admin);
    await submitGroupReport(api, tokens.coordinator3, plan, 3, 2020);
    const onTime = await submitGroupReport(api, tokens.coordinator1, plan, 1, 2020);
    // Arrangement: working group 1 sent its 2020 report before it was due (31 March 2021).
    await api.dataSource.query(`UPDATE reports SET first_submitted_at = '2021-03-15T09:00:00Z' WHERE id = (SELECT report_id FROM report_versions WHERE id = $1)`, [onTime.id]);
  });
  afterAll(() => api.close());

  const overview = async (year: number | null): Promise<Expected[]> => {
    const { data, errors } = await api.gql<{ planOverview: { reportsMissingOrLate: Expected[] } }>(OVERVIEW, { p: plan.planId, y: year }, tokens.steering);
    expect(errors).toBeUndefined();
    return data!.planOverview.reportsMissingOrLate;
  };

  it('lists each expected report of the year not submitted by its due date: missing ones and late ones', async () => {
    const reports = await overview(2020);
    const due = { year: 2020, late: true, dueDate: '2021-03-31' };
    expect(reports.map(({ submittedAt, ...rest }) => ({ ...rest, submitted: submittedAt !== null }))).toEqual([
      { ...due, kind: 'WORKING_GROUP', group: { number: 2 }, agency: null, report: null, submitted: false },
      { ...due, kind: 'WORKING_GROUP', group: { number: 3 }, agency: null, report: { status: 'SUBMITTED' }, submitted: true },
      ...['AF', 'FK', 'MV', 'SOS'].map((code) => ({ ...due, kind: 'AGENCY_FOLLOW_UP', group: null, agency: { code }, report: null, submitted: false })),
    ]);
    expect(new Date(reports[1]!.submittedAt!).getTime()).toBeGreaterThan(Date.parse('2021-04-01'));
  });

  it('covers every year of the plan when the overview has no year', async () => {
    const reports = await overview(null);
    expect([...new Set(reports.map((r) => r.year))]).toEqual([2019, 2020, 2021]);
    // Seven expected a year (three groups, four member agencies), less group 1's 2020 report that came in on time.
    expect(reports).toHaveLength(3 * 7 - 1);
  });
});
