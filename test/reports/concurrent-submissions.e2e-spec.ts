import { TestApi, startTestApi } from '@samverkan/testing';
import { CREATE_REPORT, EDIT_REPORT, SUBMIT_REPORT, SeededPlan, completeSections, seededPlan } from './support/reports-api';

const POST_CHECK_IN = 'mutation ($input: PostCheckInInput!) { postCheckIn(input: $input) { id } }';
const RECORD_MEETING = 'mutation ($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }';
const CREATE_ITEM = 'mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }';

/** Who writes which report: each working group's coordinator, each member agency's representative. */
const AUTHORS = [
  { login: 'samordnare.ag1', kind: 'WORKING_GROUP', group: 1 },
  { login: 'samordnare.ag2', kind: 'WORKING_GROUP', group: 2 },
  { login: 'samordnare.ag3', kind: 'WORKING_GROUP', group: 3 },
  { login: 'representant.af', kind: 'AGENCY_FOLLOW_UP', agency: 'AF' },
  { login: 'representant.fk', kind: 'AGENCY_FOLLOW_UP', agency: 'FK' },
  { login: 'representant.mv', kind: 'AGENCY_FOLLOW_UP', agency: 'MV' },
  { login: 'representant.sos', kind: 'AGENCY_FOLLOW_UP', agency: 'SOS' },
] as const;
type Author = (typeof AUTHORS)[number];

/** Deadlocks PostgreSQL has detected in this database since its statistics were reset. */
async function deadlocksSoFar(api: TestApi): Promise<number> {
  // A backend reports its counters when it next goes idle; give them time to arrive, and read afresh.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  await api.dataSource.query('SELECT pg_stat_clear_snapshot()');
  const [{ deadlocks }] = await api.dataSource.query(`SELECT deadlocks::int FROM pg_stat_database WHERE datname = current_database()`);
  return deadlocks;
}

describe('reports of one plan submitted at the same moment', () => {
  let api: TestApi;
  let plan: SeededPlan;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    // What is tested is locking, not speed: each submission renders its PDF (about half a second of CPU),
    // so thirty at once on one process, beside other suites, can outlast the default 15 s request deadline.
    api = await startTestApi({ config: { requestTimeoutMs: 120_000 } });
    for (const author of AUTHORS) tokens.set(author.login, await api.login(`${author.login}@samverkan.example`));
    tokens.set('admin', await api.login('admin@samverkan.example'));
    plan = await seededPlan(api, tokens.get('admin')!);
    // Six years of reporting, so one plan has 42 reports to write.
    await api.dataSource.query(`UPDATE plans SET period_end = '2024-12-31' WHERE id = $1`, [plan.planId]);
  });
  afterAll(() => api.close());

  const gqlOk = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const response = await api.gql<T>(query, variables, token);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!;
  };

  async function draftReport(author: Author, year: number): Promise<string> {
    const token = tokens.get(author.login)!;
    const input =
      author.kind === 'WORKING_GROUP'
        ? { planId: plan.planId, year, kind: author.kind, groupId: plan.groups[author.group] }
        : { planId: plan.planId, year, kind: author.kind, agencyId: plan.agencies[author.agency] };
    const { createReport } = await gqlOk<{ createReport: { id: string } }>(CREATE_REPORT, { input }, token);
    await gqlOk(EDIT_REPORT, { input: { reportId: createReport.id, ...completeSections(plan, `${author.login}-${year}`) } }, token);
    return createReport.id;
  }

  it('submits 30 reports at once, with edits, check-ins and meetings alongside: every one succeeds and PostgreSQL detects no deadlock', async () => {
    const years = [2019, 2020, 2021, 2022, 2023];
    const toSubmit: { id: string; author: Author }[] = [];
    for (const year of years) for (const author of AUTHORS.slice(0, 6)) toSubmit.push({ id: await draftReport(author, year), author });
    expect(toSubmit).toHaveLength(30);
    // Drafts that are edited while the others are submitted.
    const toEdit = await Promise.all(AUTHORS.map((author) => draftReport(author, 2024)));
    const coordinator3 = tokens.get('samordnare.ag3')!;
    const [member3] = await api.dataSource.query(`SELECT id FROM users WHERE email = 'medlem.ag3@samverkan.example'`);
    const [area] = await api.dataSource.query(`SELECT id FROM development_areas WHERE plan_id = $1 ORDER BY number LIMIT 1`, [plan.planId]);
    const itemInput = (title: string) => ({
      groupId: plan.groups[3],
      developmentAreaId: area.id,
      title,
      leadAgencyId: plan.agencies.FK,
      ownerId: member3.id,
      dueDate: '2024-06-30',
    });
    const { createActionItem: item } = await gqlOk<{ createActionItem: { id: string } }>(CREATE_ITEM, { input: itemInput('Handledning') }, coordinator3);
    const deadlocksBefore = await deadlocksSoFar(api);

    const responses = await Promise.all([
      ...toSubmit.map(({ id, author }) => api.gql<{ submitReport: { status: string } }>(SUBMIT_REPORT, { id }, tokens.get(author.login)!)),
      ...toEdit.map((reportId, index) =>
        api.gql(EDIT_REPORT, { input: { reportId, summary: `Edited while the others were submitted (${index})` } }, tokens.get(AUTHORS[index]!.login)!),
      ),
      ...[1, 2, 3, 4, 5].map((n) => api.gql(POST_CHECK_IN, { input: { itemId: item.id, narrative: `Avstämning ${n}`, progress: n * 10 } }, coordinator3)),
      ...[1, 2, 3].map((n) =>
        api.gql(
          RECORD_MEETING,
          { input: { groupId: plan.groups[3], heldOn: `2024-0${n}-15`, title: `Möte ${n}`, notes: 'Genomgång', attendeeIds: [member3.id], discussedItemIds: [item.id], decisions: [] } },
          coordinator3,
        ),
      ),
      ...[1, 2, 3].map((n) => api.gql(CREATE_ITEM, { input: itemInput(`Uppföljning ${n}`) }, coordinator3)),
    ]);

    expect(responses.filter((response) => response.status !== 200 || response.errors)).toEqual([]);
    expect(responses.slice(0, 30).map((response) => (response.data as { submitReport: { status: string } }).submitReport.status)).toEqual(Array(30).fill('SUBMITTED'));
    const [{ submitted }] = await api.dataSource.query(`SELECT count(*)::int AS submitted FROM reports WHERE id = ANY($1::uuid[]) AND status = 'SUBMITTED'`, [
      toSubmit.map((report) => report.id),
    ]);
    expect(submitted).toBe(30);
    // Each submission closed its own annual-report deadline.
    const [{ open }] = await api.dataSource.query(
      `SELECT count(*)::int AS open FROM deadlines WHERE kind = 'ANNUAL_REPORT' AND plan_id = $1 AND occurrence = ANY($2::text[]) AND closed_at IS NULL
          AND subject_id = ANY($3::uuid[])`,
      [plan.planId, years.map(String), [plan.groups[1], plan.groups[2], plan.groups[3], plan.agencies.AF, plan.agencies.FK, plan.agencies.MV]],
    );
    expect(open).toBe(0);
    expect(await deadlocksSoFar(api)).toBe(deadlocksBefore);
  }, 120_000);
});
