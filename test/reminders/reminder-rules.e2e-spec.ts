import { DeadlineKind, ReminderScheduler, addDays, zonedDateOf } from '@samverkan/reminders';
import { TestApi, onlyError, snapshotTables, startTestApi } from '@samverkan/testing';
import { SeededPlan, seededPlan } from './support/reminder-harness';

const ADMIN = 'admin@samverkan.example';
const COORDINATOR_3 = 'samordnare.ag3@samverkan.example';

const SET_RULE = `mutation ($input: SetReminderRuleInput!) {
  setReminderRule(input: $input) { planId groupId deadlineKind daysBefore escalations { daysOverdue audience } sendHour sendMinute timeZone source }
}`;

const RULES = `query ($planId: ID!, $groupId: ID) {
  reminderRules(planId: $planId, groupId: $groupId) { deadlineKind daysBefore escalations { daysOverdue audience } sendHour sendMinute timeZone source }
}`;

interface RuleView {
  deadlineKind: string;
  daysBefore: number[];
  escalations: { daysOverdue: number; audience: string[] }[];
  sendHour: number;
  sendMinute: number;
  timeZone: string;
  source: string;
}

describe('reminder rules', () => {
  let api: TestApi;
  let plan: SeededPlan;
  let groupOne: string;

  beforeAll(async () => {
    api = await startTestApi();
    plan = await seededPlan(api);
    [{ id: groupOne }] = await api.dataSource.query(`SELECT id FROM groups WHERE plan_id = $1 AND kind = 'WORKING' AND number = 1`, [plan.planId]);
  });
  afterAll(() => api.close());

  const rule = (overrides: Record<string, unknown> = {}) => ({
    planId: plan.planId,
    deadlineKind: 'ANNUAL_REPORT',
    daysBefore: [21, 7, 0],
    escalations: [{ daysOverdue: 3, audience: ['OWNER', 'COORDINATOR'] }],
    ...overrides,
  });

  it('lists the default for every kind of deadline', async () => {
    const { data } = await api.gql<{ reminderRules: RuleView[] }>(RULES, { planId: plan.planId }, await api.login('observator@samverkan.example'));
    expect(data!.reminderRules.map((r) => r.deadlineKind)).toEqual(Object.values(DeadlineKind));
    const items = data!.reminderRules.find((r) => r.deadlineKind === 'ACTION_ITEM')!;
    expect(items).toEqual({
      deadlineKind: 'ACTION_ITEM',
      daysBefore: [30, 14, 7, 1, 0],
      escalations: [
        { daysOverdue: 1, audience: ['OWNER', 'COORDINATOR'] },
        { daysOverdue: 7, audience: ['OWNER', 'COORDINATOR', 'STEERING_GROUP'] },
      ],
      sendHour: 8,
      sendMinute: 0,
      timeZone: 'Europe/Stockholm',
      source: 'DEFAULT',
    });
    expect(data!.reminderRules.find((r) => r.deadlineKind === 'MEETING')).toMatchObject({ daysBefore: [7, 1, 0], escalations: [] });
  });

  it("lets administrators set the plan's rule and a coordinator their group's override", async () => {
    const admin = await api.login(ADMIN);
    const planRule = await api.gql<{ setReminderRule: RuleView }>(SET_RULE, { input: rule({ sendHour: 9, sendMinute: 30 }) }, admin);
    expect(planRule.errors).toBeUndefined();
    expect(planRule.data!.setReminderRule).toMatchObject({ daysBefore: [21, 7, 0], sendHour: 9, sendMinute: 30, source: 'PLAN' });

    const coordinator = await api.login(COORDINATOR_3);
    const override = await api.gql<{ setReminderRule: RuleView }>(SET_RULE, { input: rule({ groupId: plan.groupId, daysBefore: [3], timeZone: 'Europe/Helsinki' }) }, coordinator);
    expect(override.errors).toBeUndefined();
    expect(override.data!.setReminderRule).toMatchObject({ daysBefore: [3], timeZone: 'Europe/Helsinki', sendHour: 8, source: 'GROUP' });

    const inGroup = await api.gql<{ reminderRules: RuleView[] }>(RULES, { planId: plan.planId, groupId: plan.groupId }, coordinator);
    expect(inGroup.data!.reminderRules.find((r) => r.deadlineKind === 'ANNUAL_REPORT')!.source).toBe('GROUP');
    const inPlan = await api.gql<{ reminderRules: RuleView[] }>(RULES, { planId: plan.planId, groupId: groupOne }, coordinator);
    expect(inPlan.data!.reminderRules.find((r) => r.deadlineKind === 'ANNUAL_REPORT')).toMatchObject({ source: 'PLAN', sendHour: 9 });

    const adminOverride = await api.gql(SET_RULE, { input: rule({ groupId: groupOne, deadlineKind: 'MEETING', escalations: [] }) }, admin);
    expect(adminOverride.errors).toBeUndefined();
  });

  it.each([
    ['a coordinator, for the whole plan', COORDINATOR_3, {}],
    ["a coordinator, for another group's override", COORDINATOR_3, { groupOne: true }],
    ['a working-group member', 'medlem.ag3@samverkan.example', { group3: true }],
    ['the observer', 'observator@samverkan.example', {}],
    ['a steering-group member', 'styrgrupp.fk@samverkan.example', {}],
  ])('refuses %s, and writes nothing', async (_who, email, target: { groupOne?: boolean; group3?: boolean }) => {
    const groupId = target.groupOne ? groupOne : target.group3 ? plan.groupId : undefined;
    const token = await api.login(email);
    const before = await snapshotTables(api.dataSource);
    const response = await api.gql(SET_RULE, { input: rule({ groupId }) }, token);
    expect(onlyError(response).extensions?.code).toBe('FORBIDDEN');
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it('refuses a caller who is not logged in', async () => {
    expect(onlyError(await api.gql(SET_RULE, { input: rule() })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a negative offset', { daysBefore: [7, -1] }, 'input.daysBefore'],
    ['an offset beyond a year', { daysBefore: [366] }, 'input.daysBefore'],
    ['an hour of 25', { sendHour: 25 }, 'input.sendHour'],
    ['a minute of 60', { sendMinute: 60 }, 'input.sendMinute'],
    ['an unknown time zone', { timeZone: 'Europe/Gothenburg' }, 'input.timeZone'],
    ['an escalation on the due date', { escalations: [{ daysOverdue: 0, audience: ['OWNER'] }] }, 'input.escalations.0.daysOverdue'],
    ['an escalation that tells nobody', { escalations: [{ daysOverdue: 2, audience: [] }] }, 'input.escalations.0.audience'],
    [
      'two escalations on one day',
      { escalations: [{ daysOverdue: 2, audience: ['OWNER'] }, { daysOverdue: 2, audience: ['STEERING_GROUP'] }] },
      'input.escalations.1.daysOverdue',
    ],
    ['a group that does not exist', { groupId: '00000000-0000-4000-8000-000000000000' }, 'input.groupId'],
  ])('rejects %s as BAD_USER_INPUT on the field, changing nothing', async (_what, overrides, field) => {
    const token = await api.login(ADMIN);
    const before = await snapshotTables(api.dataSource);
    const error = onlyError(await api.gql(SET_RULE, { input: rule(overrides) }, token));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it('rejects a group of another plan, and answers NOT_FOUND for an unknown plan', async () => {
    const admin = await api.login(ADMIN);
    const [{ id: otherPlan }] = await api.dataSource.query(
      `INSERT INTO plans (key, title, mandate, period_start, period_end) VALUES ('OTHER-RULES', 'Other', '', '2022-01-01', '2024-12-31') RETURNING id`,
    );
    const before = await snapshotTables(api.dataSource);
    expect(onlyError(await api.gql(SET_RULE, { input: rule({ planId: otherPlan, groupId: plan.groupId }) }, admin)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.groupId',
      reason: 'GROUP_NOT_IN_PLAN',
    });
    expect(onlyError(await api.gql(SET_RULE, { input: rule({ planId: '00000000-0000-4000-8000-000000000000' }) }, admin)).extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.planId',
    });
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it('plans pending reminders again in the same transaction, never repeating a step that was sent', async () => {
    const dueDate = addDays(zonedDateOf(new Date(), 'Europe/Stockholm'), 60);
    const subjectId = '5a1e0000-0000-4000-8000-000000000001';
    await api.dataSource.transaction((tx) =>
      api.app.get(ReminderScheduler).sync(tx, {
        kind: DeadlineKind.GOAL_FOLLOW_UP,
        subjectId,
        planId: plan.planId,
        groupId: plan.groupId,
        title: 'Follow-up of goals 2021',
        dueDate,
        ownerIds: [plan.owner.id],
      }),
    );
    const reminders = () =>
      api.dataSource.query(
        `SELECT r.id, r.offset_days AS "offsetDays", r.due_at AS "dueAt", r.state FROM reminders r JOIN deadlines d ON d.id = r.deadline_id
          WHERE d.subject_id = $1 AND r.escalation_level = 0 ORDER BY r.offset_days, r.created_at`,
        [subjectId],
      ) as Promise<{ id: string; offsetDays: number; dueAt: Date; state: string }[]>;
    const before = await reminders();
    expect(before.map((r) => r.offsetDays)).toEqual([-30, -14, -7, -1, 0]);
    // As if the 30-days reminder had gone out.
    await api.dataSource.query(`UPDATE reminders SET state = 'SENT', sent_at = now() WHERE id = $1`, [before[0]!.id]);

    const response = await api.gql(
      SET_RULE,
      { input: rule({ groupId: plan.groupId, deadlineKind: 'GOAL_FOLLOW_UP', daysBefore: [30, 10], sendHour: 13 }) },
      await api.login(COORDINATOR_3),
    );
    expect(response.errors).toBeUndefined();

    const after = await reminders();
    expect(after.filter((r) => r.state === 'SENT').map((r) => r.id)).toEqual([before[0]!.id]);
    expect(after.filter((r) => before.slice(1).some((old) => old.id === r.id)).map((r) => r.state)).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED', 'CANCELLED']);
    const scheduled = after.filter((r) => r.state === 'SCHEDULED');
    // The 30-days step went out at 08:00 and is not sent again at 13:00.
    expect(scheduled.map((r) => r.offsetDays)).toEqual([-10]);
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' });
    expect(scheduled.map((r) => local.format(r.dueAt))).toEqual(['13:00']);
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'reminderRule.set' AND outcome = 'SUCCEEDED'`);
    expect(n).toBeGreaterThanOrEqual(1);
  });
});
