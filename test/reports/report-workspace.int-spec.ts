import { TestApi, onlyError, startTestApi } from '@samverkan/testing';
import { CREATE_REPORT, SeededPlan, Who, loginAll, seededPlan, submitGroupReport } from './support/reports-api';

const EDIT = `mutation ($input: EditReportInput!) { editReport(input: $input) { id number updatedAt sections { summary } } }`;

/** What the web workspace's report pages need of the API: refused stale saves, the year's reports, the review inbox, the PDF. */
describe('reports in the web workspace', () => {
  let api: TestApi;
  let plan: SeededPlan;
  let tokens: Record<Who, string>;

  beforeAll(async () => {
    api = await startTestApi();
    tokens = await loginAll(api);
    plan = await seededPlan(api, tokens.admin);
  });
  afterAll(() => api.close());

  it('refuses a save based on an older state of the draft, and keeps what the other person saved', async () => {
    const created = await api.gql<{ createReport: { id: string } }>(
      CREATE_REPORT,
      { input: { planId: plan.planId, year: 2020, kind: 'WORKING_GROUP', groupId: plan.groups[3] } },
      tokens.coordinator3,
    );
    const reportId = created.data!.createReport.id;
    const loaded = await api.gql<{ report: { latest: { updatedAt: string } } }>(`query ($id: ID!) { report(id: $id) { latest { updatedAt } } }`, { id: reportId }, tokens.coordinator3);
    const basedOn = loaded.data!.report.latest.updatedAt;

    const first = await api.gql<{ editReport: { id: string; updatedAt: string } }>(EDIT, { input: { reportId, basedOn, summary: 'Written first.' } }, tokens.coordinator3);
    expect(first.errors).toBeUndefined();
    expect(first.data!.editReport.updatedAt).not.toBe(basedOn);

    const stale = await api.gql(EDIT, { input: { reportId, basedOn, summary: 'Written second, on the old state.' } }, tokens.coordinator3);
    expect(onlyError(stale).extensions).toMatchObject({ code: 'CONFLICT', reason: 'EDIT_CONFLICT', field: 'input.basedOn' });
    const after = await api.gql<{ report: { latest: { sections: { summary: string } } } }>(
      `query ($id: ID!) { report(id: $id) { latest { sections { summary } } } }`,
      { id: reportId },
      tokens.coordinator3,
    );
    expect(after.data!.report.latest.sections.summary).toBe('Written first.');

    const onTheNewState = await api.gql(EDIT, { input: { reportId, basedOn: first.data!.editReport.updatedAt, summary: 'Then on top of it.' } }, tokens.coordinator3);
    expect(onTheNewState.errors).toBeUndefined();

    // A draft has no PDF to download.
    const draft = await fetch(`${new URL(api.url).origin}/exports/report-version.pdf?versionId=${first.data!.editReport.id}`, {
      headers: { authorization: `Bearer ${tokens.coordinator3}` },
    });
    expect(draft.status).toBe(404);
  });

  it("lists every report the plan expects for a year with its state, marking the ones the caller may write", async () => {
    const submitted = await submitGroupReport(api, tokens.coordinator3, plan, 3, 2021);
    const query = `query ($planId: ID!, $year: Int!) { expectedReports(planId: $planId, year: $year) { kind status reportId mayWrite group { number } agency { code } } }`;
    const { data, errors } = await api.gql<{
      expectedReports: { kind: string; status: string | null; reportId: string | null; mayWrite: boolean; group: { number: number } | null; agency: { code: string } | null }[];
    }>(query, { planId: plan.planId, year: 2021 }, tokens.coordinator3);
    expect(errors).toBeUndefined();
    const groups = data!.expectedReports.filter((expected) => expected.kind === 'WORKING_GROUP');
    expect(groups.map((expected) => expected.group!.number)).toEqual(Object.keys(plan.groups).map(Number).sort((a, b) => a - b));
    expect(data!.expectedReports.some((expected) => expected.kind === 'AGENCY_FOLLOW_UP')).toBe(true);
    // The submitted one is listed too, which missingReports leaves out.
    expect(groups.find((expected) => expected.group!.number === 3)).toMatchObject({ status: 'SUBMITTED', mayWrite: true });
    expect(data!.expectedReports.filter((expected) => expected.mayWrite).map((expected) => expected.group?.number)).toEqual([3]);

    const inbox = `{ reviewInbox { path version { id number } report { year group { number } } } }`;
    const forSteering = await api.gql<{ reviewInbox: { path: string; version: { id: string } }[] }>(inbox, {}, tokens.steering);
    expect(forSteering.data!.reviewInbox.map((task) => task.version.id)).toContain(submitted.id);
    expect(forSteering.data!.reviewInbox.find((task) => task.version.id === submitted.id)!.path).toMatch(/^\/granskning\//);
    const forCoordinator = await api.gql<{ reviewInbox: unknown[] }>(inbox, {}, tokens.coordinator3);
    expect(forCoordinator.data!.reviewInbox).toEqual([]);

    const origin = new URL(api.url).origin;
    const pdf = await fetch(`${origin}/exports/report-version.pdf?versionId=${submitted.id}`, { headers: { authorization: `Bearer ${tokens.observer}` } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe('attachment; filename="rapport-2021-version-1.pdf"');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const withoutSignIn = await fetch(`${origin}/exports/report-version.pdf?versionId=${submitted.id}`);
    expect(withoutSignIn.status).toBe(401);
  });
});
