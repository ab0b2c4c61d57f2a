import { DeadlineKind, ReminderScheduler, addDays, zonedDateOf } from '@samverkan/reminders';
import { TestApi, onlyError, startTestApi } from '@samverkan/testing';
import { SeededPlan, seededPlan } from './support/reminder-harness';

const ADMIN = 'admin@samverkan.example';

const PREVIEW = `query ($planId: ID!, $groupId: ID, $first: Int) {
  reminderPreview(planId: $planId, groupId: $groupId, first: $first) {
    deadlineId deadlineKind title dueDate groupId reminders { sendAt daysFromDue escalationLevel recipients }
  }
}`;

const SET_RULE = `mutation ($input: SetReminderRuleInput!) { setReminderRule(input: $input) { source } }`;

interface Previewed {
  deadlineId: string;
  deadlineKind: string;
  title: string;
  dueDate: string;
  groupId: string | null;
  reminders: { sendAt: string; daysFromDue: number; escalationLevel: number; recipients: number }[];
}

describe('the preview of coming reminders', () => {
  let api: TestApi;
  let plan: SeededPlan;
  let admin: string;
  const today = zonedDateOf(new Date(), 'Europe/Stockholm');

  /** A deadline written by the scheduler, as the module that owns it would. */
  const addDeadline = (subjectId: string, title: string, dueDate: string, groupId: string | null) =>
    api.dataSource.transaction((tx) =>
      api.app.get(ReminderScheduler).sync(tx, { kind: DeadlineKind.ACTION_ITEM, subjectId, planId: plan.planId, groupId, title, dueDate, ownerIds: [plan.owner.id] }),
    );

  /** The reminders the scheduler wrote and will send, per step, as the preview counts them. */
  const scheduled = async (deadlineId: string) =>
    (
      (await api.dataSource.query(
        `SELECT offset_days AS "daysFromDue", escalation_level AS "escalationLevel", min(due_at) AS "sendAt", count(*)::int AS recipients
           FROM reminders WHERE deadline_id = $1 AND state = 'SCHEDULED' GROUP BY offset_days, escalation_level ORDER BY min(due_at)`,
        [deadlineId],
      )) as { daysFromDue: number; escalationLevel: number; sendAt: Date; recipients: number }[]
    ).map((step) => ({ ...step, sendAt: step.sendAt.toISOString() }));

  const preview = async (variables: Record<string, unknown> = {}): Promise<Previewed[]> => {
    const response = await api.gql<{ reminderPreview: Previewed[] }>(PREVIEW, { planId: plan.planId, ...variables }, admin);
    expect(response.errors).toBeUndefined();
    return response.data!.reminderPreview;
  };

  beforeAll(async () => {
    api = await startTestApi();
    plan = await seededPlan(api);
    admin = await api.login(ADMIN);
    await addDeadline('9e0e0000-0000-4000-8000-000000000001', 'Soon, in group 3', addDays(today, 40), plan.groupId);
    await addDeadline('9e0e0000-0000-4000-8000-000000000002', 'Later, in the plan', addDays(today, 90), null);
    await addDeadline('9e0e0000-0000-4000-8000-000000000003', 'Already due', addDays(today, -3), plan.groupId);
  });
  afterAll(() => api.close());

  it('lists the next deadlines with exactly the reminders the scheduler has planned for them', async () => {
    const deadlines = await preview();
    expect(deadlines.map((d) => d.title)).toEqual(['Soon, in group 3', 'Later, in the plan']);
    for (const deadline of deadlines) expect(deadline.reminders).toEqual(await scheduled(deadline.deadlineId));
    const [soon] = deadlines;
    // The default: 30, 14, 7 and 1 days before and on the day at 08:00 Stockholm time, then two escalations.
    expect(soon!.reminders.map((r) => r.daysFromDue)).toEqual([-30, -14, -7, -1, 0, 1, 7]);
    expect(new Date(soon!.reminders[0]!.sendAt).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' })).toBe('08:00');
    // The last step also tells the steering group (four members), besides the owner and the group's coordinator.
    expect(soon!.reminders.at(-1)).toMatchObject({ daysFromDue: 7, escalationLevel: 2, recipients: 6 });
  });

  it("narrows to one group, and moves when the plan's rule changes, still as the scheduler plans", async () => {
    expect((await preview({ groupId: plan.groupId })).map((d) => d.title)).toEqual(['Soon, in group 3']);
    expect((await preview({ first: 1 })).map((d) => d.title)).toEqual(['Soon, in group 3']);

    const response = await api.gql(
      SET_RULE,
      { input: { planId: plan.planId, deadlineKind: 'ACTION_ITEM', daysBefore: [10, 2], escalations: [], sendHour: 13, sendMinute: 30, timeZone: 'Europe/Stockholm' } },
      admin,
    );
    expect(response.errors).toBeUndefined();
    const deadlines = await preview();
    for (const deadline of deadlines) expect(deadline.reminders).toEqual(await scheduled(deadline.deadlineId));
    expect(deadlines[0]!.reminders.map((r) => r.daysFromDue)).toEqual([-10, -2]);
    expect(new Date(deadlines[0]!.reminders[0]!.sendAt).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' })).toBe('13:30');
  });

  it.each([
    ['a coordinator', 'samordnare.ag3@samverkan.example'],
    ['a steering-group member', 'styrgrupp.fk@samverkan.example'],
    ['the observer', 'observator@samverkan.example'],
  ])('refuses %s', async (_who, email) => {
    const response = await api.gql(PREVIEW, { planId: plan.planId }, await api.login(email));
    expect(onlyError(response).extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects a page size out of range and an unknown group on their fields', async () => {
    expect(onlyError(await api.gql(PREVIEW, { planId: plan.planId, first: 21 }, admin)).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const unknownGroup = onlyError(await api.gql(PREVIEW, { planId: plan.planId, groupId: '00000000-0000-4000-8000-000000000000' }, admin));
    expect(unknownGroup.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupId' });
  });
});
