import { DEFAULT_TIME_ZONE, addDays, zonedDateOf } from '@samverkan/reminders';
import { TestApi, startTestApi, testConfig } from '@samverkan/testing';
import { createWorker } from '../../apps/worker/src/worker.app';
import { waitFor } from './support/wait-for';
import { EDIT_REPORT, SUBMIT_REPORT, SeededPlan, Who, completeSections, loginAll, seededPlan, submitGroupReport } from '../reports/support/reports-api';

interface DeadlineRow {
  id: string;
  kind: string;
  occurrence: string;
  title: string;
  dueDate: string;
  ownerIds: string[];
  closed: boolean;
}

/** The deadlines that annual reports and agency goals report to the reminders, through their own mutations. */
describe('deadlines of reports and goals', () => {
  let api: TestApi;
  let plan: SeededPlan;
  let tokens: Record<Who, string>;
  let people: Record<string, string>;

  const deadlines = (kind: string, subjectId: string): Promise<DeadlineRow[]> =>
    api.dataSource.query(
      `SELECT id, kind, occurrence, title, due_date::text AS "dueDate", owner_ids::text[] AS "ownerIds", closed_at IS NOT NULL AS closed
         FROM deadlines WHERE kind = $1 AND subject_id = $2 ORDER BY occurrence`,
      [kind, subjectId],
    );
  const pendingFor = async (deadlineId: string): Promise<{ recipientId: string; offsetDays: number }[]> =>
    api.dataSource.query(
      `SELECT recipient_id AS "recipientId", offset_days AS "offsetDays" FROM reminders WHERE deadline_id = $1 AND state = 'SCHEDULED' ORDER BY due_at, recipient_id`,
      [deadlineId],
    );

  beforeAll(async () => {
    api = await startTestApi();
    tokens = await loginAll(api);
    plan = await seededPlan(api, tokens.admin);
    // A plan that runs into the future, so its deadlines still lie ahead.
    await api.dataSource.query(`UPDATE plans SET period_end = '2031-12-31' WHERE id = $1`, [plan.planId]);
    const rows: { email: string; id: string }[] = await api.dataSource.query(`SELECT email, id FROM users`);
    people = Object.fromEntries(rows.map((row) => [row.email.split('@')[0]!, row.id]));
  });
  afterAll(() => api.close());

  it("opens every working group's and member agency's annual report for each year when the due date is set, owned by its authors", async () => {
    const response = await api.gql('mutation ($p: ID!) { setReportDueDate(input: { planId: $p, dueMonthDay: "04-30" }) { planId } }', { p: plan.planId }, tokens.admin);
    expect(response.errors).toBeUndefined();
    // The mutation leaves the plan-wide work to the worker: an outbox message, written with the change.
    const refreshes = await api.dataSource.query(`SELECT payload FROM outbox_messages WHERE job_name = 'refresh-deadlines' AND completed_at IS NULL`);
    expect(refreshes).toEqual([{ payload: { planId: plan.planId } }]);
    const worker = await createWorker(testConfig(api.db.url, api.redis.url, api.redis.prefix));
    try {
      await waitFor('the worker to refresh the plan', async () => (await deadlines('ANNUAL_REPORT', plan.groups[3]!)).some((d) => d.dueDate === '2031-04-30'));
    } finally {
      await worker.close();
    }

    const group3 = await deadlines('ANNUAL_REPORT', plan.groups[3]!);
    expect(group3.map((d) => d.occurrence)).toEqual(Array.from({ length: 13 }, (_, i) => String(2019 + i)));
    expect(group3.find((d) => d.occurrence === '2030')).toMatchObject({
      title: 'Annual report 2030: Arbetsgrupp 3: Stöd till personal',
      dueDate: '2031-04-30',
      ownerIds: [people['samordnare.ag3']],
      closed: false,
    });
    const fk = (await deadlines('ANNUAL_REPORT', plan.agencies.FK!)).find((d) => d.occurrence === '2030')!;
    expect(fk.ownerIds).toEqual([people['representant.fk']]);
    expect((await pendingFor(fk.id)).filter((r) => r.offsetDays <= 0).map((r) => r.offsetDays)).toEqual([-30, -14, -7, -1, 0]);
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM deadlines WHERE kind = 'ANNUAL_REPORT' AND plan_id = $1`, [plan.planId]);
    expect(n).toBe(13 * (3 + 4));
  });

  it('closes the annual report when it is submitted, opens its revision when it is returned, and closes that when the revision is submitted', async () => {
    const version = await submitGroupReport(api, tokens.coordinator3, plan, 3, 2030);
    const annual = (await deadlines('ANNUAL_REPORT', plan.groups[3]!)).find((d) => d.occurrence === '2030')!;
    expect(annual.closed).toBe(true);
    expect(await pendingFor(annual.id)).toEqual([]);

    const returned = await api.gql('mutation ($v: ID!) { returnReport(input: { versionId: $v, comment: "Add the measurements" }) { id } }', { v: version.id }, tokens.steering);
    expect(returned.errors).toBeUndefined();
    const [{ report_id: reportId }] = await api.dataSource.query(`SELECT report_id FROM report_versions WHERE id = $1`, [version.id]);
    const [revision] = await deadlines('REPORT_REVISION', reportId);
    expect(revision).toMatchObject({
      title: 'Revision of the annual report 2030: Arbetsgrupp 3: Stöd till personal',
      dueDate: addDays(zonedDateOf(new Date(), DEFAULT_TIME_ZONE), 30),
      ownerIds: [people['samordnare.ag3']],
      closed: false,
    });
    expect((await pendingFor(revision!.id)).filter((r) => r.offsetDays === -7)).toEqual([{ recipientId: people['samordnare.ag3'], offsetDays: -7 }]);

    const edited = await api.gql(EDIT_REPORT, { input: { reportId, ...completeSections(plan, 'revised') } }, tokens.coordinator3);
    expect(edited.errors).toBeUndefined();
    expect((await deadlines('REPORT_REVISION', reportId))[0]!.closed).toBe(false);
    const resubmitted = await api.gql(SUBMIT_REPORT, { id: reportId }, tokens.coordinator3);
    expect(resubmitted.errors).toBeUndefined();
    const [closedRevision] = await deadlines('REPORT_REVISION', reportId);
    expect(closedRevision!.closed).toBe(true);
    expect(await pendingFor(closedRevision!.id)).toEqual([]);
  });

  it("follows each goal up yearly, owned by the agency's representatives, until the year is assessed", async () => {
    const created = await api.gql<{ createGoal: { id: string } }>(
      'mutation ($p: ID!, $a: ID!) { createGoal(input: { planId: $p, agencyId: $a, title: "Customer meetings", statement: "Ask on indication", firstYear: 2025 }) { id } }',
      { p: plan.planId, a: plan.agencies.FK },
      tokens.representativeFk,
    );
    expect(created.errors).toBeUndefined();
    const goalId = created.data!.createGoal.id;
    const years = await deadlines('GOAL_FOLLOW_UP', goalId);
    expect(years.filter((d) => !d.closed).map((d) => [d.occurrence, d.dueDate])).toEqual(
      [2025, 2026, 2027, 2028, 2029, 2030, 2031].map((year) => [String(year), `${year}-12-31`]),
    );
    expect(years.find((d) => d.occurrence === '2030')).toMatchObject({ title: 'Customer meetings (2030)', ownerIds: [people['representant.fk']] });

    const assessed = await api.gql(
      'mutation ($g: ID!) { assessGoal(input: { goalId: $g, year: 2030, outcome: PARTLY_FULFILLED, justification: "Most case officers ask" }) { id } }',
      { g: goalId },
      tokens.representativeFk,
    );
    expect(assessed.errors).toBeUndefined();
    const after = await deadlines('GOAL_FOLLOW_UP', goalId);
    expect(after.find((d) => d.occurrence === '2030')!.closed).toBe(true);
    expect(await pendingFor(after.find((d) => d.occurrence === '2030')!.id)).toEqual([]);
    expect(after.find((d) => d.occurrence === '2031')!.closed).toBe(false);
  });

  it("follows an action item's due date through its own mutations, and closes it when the item is done", async () => {
    const created = await api.gql<{ createActionItem: { id: string } }>(
      'mutation ($g: ID!, $a: ID!, $l: ID!, $o: ID!) { createActionItem(input: { groupId: $g, developmentAreaId: $a, title: "Supervision", leadAgencyId: $l, ownerId: $o, dueDate: "2030-06-14" }) { id } }',
      { g: plan.groups[3], a: plan.areas[0]!.id, l: plan.agencies.FK, o: people['medlem.ag3'] },
      tokens.coordinator3,
    );
    expect(created.errors).toBeUndefined();
    const itemId = created.data!.createActionItem.id;
    const [item] = await deadlines('ACTION_ITEM', itemId);
    expect(item).toMatchObject({ title: 'Supervision', dueDate: '2030-06-14', ownerIds: [people['medlem.ag3']], closed: false });
    expect((await pendingFor(item!.id)).filter((r) => r.offsetDays <= 0)).toHaveLength(5);

    const update = (fields: string) =>
      api.gql(`mutation ($id: ID!) { updateActionItem(input: { id: $id, ${fields} }) { id } }`, { id: itemId }, tokens.coordinator3);
    expect((await update('dueDate: "2030-09-30"')).errors).toBeUndefined();
    const [moved] = await api.dataSource.query(
      `SELECT count(*) FILTER (WHERE state = 'SCHEDULED' AND for_due_date = '2030-09-30')::int AS scheduled,
              count(*) FILTER (WHERE state = 'CANCELLED' AND for_due_date = '2030-06-14')::int AS cancelled
         FROM reminders WHERE deadline_id = $1`,
      [item!.id],
    );
    expect(moved.cancelled).toBeGreaterThan(0);
    expect(moved.scheduled).toBe(moved.cancelled);

    expect((await update('status: DONE')).errors).toBeUndefined();
    expect((await deadlines('ACTION_ITEM', itemId))[0]!.closed).toBe(true);
    expect(await pendingFor(item!.id)).toEqual([]);
    expect((await update('status: IN_PROGRESS')).errors).toBeUndefined();
    expect((await deadlines('ACTION_ITEM', itemId))[0]!.closed).toBe(false);
    expect((await pendingFor(item!.id)).length).toBeGreaterThan(0);
  });

  it('reminds the attendees of a meeting recorded ahead of its date', async () => {
    const recorded = await api.gql<{ recordMeeting: { id: string } }>(
      'mutation ($g: ID!, $a: [ID!]!) { recordMeeting(input: { groupId: $g, heldOn: "2030-10-08", title: "WG 3 planning", attendeeIds: $a }) { id } }',
      { g: plan.groups[3], a: [people['medlem.ag3'], people['samordnare.ag3']] },
      tokens.coordinator3,
    );
    expect(recorded.errors).toBeUndefined();
    const [meeting] = await deadlines('MEETING', recorded.data!.recordMeeting.id);
    expect(meeting).toMatchObject({ title: 'WG 3 planning', dueDate: '2030-10-08', closed: false });
    expect(meeting!.ownerIds.sort()).toEqual([people['medlem.ag3'], people['samordnare.ag3']].sort());
    expect((await pendingFor(meeting!.id)).map((r) => r.offsetDays)).toEqual([-7, -7, -1, -1, 0, 0]);
  });
});
