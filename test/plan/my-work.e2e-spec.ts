import { MembershipRole } from '@samverkan/auth';
import { FACTORY_PASSWORD, GraphqlResponse, TestApi, newGroup, newMembership, newUser, onlyError } from '@samverkan/testing';
import { seededPlan as reportsPlan, submitGroupReport } from '../reports/support/reports-api';
import { CREATE_ITEM, SeededPlan, startPlanApi } from './plan-fixture';
import { statementsDuring } from './statement-log';

const MY_WORK = `query ($planId: ID!) {
  myWork(planId: $planId) {
    planId
    itemsNeedingAttention { item { id title } reasons relations path }
    upcomingDeadlines { kind title dueDate subjectId path }
    returnedReports { report { id year } version { id status reviewComment } path }
    reportsAwaitingReview { report { id year } version { id number status } path }
    unreadNotifications { totalCount unreadCount nodes { title path } }
  }
}`;

interface MyWork {
  planId: string;
  itemsNeedingAttention: { item: { id: string; title: string }; reasons: string[]; relations: string[]; path: string }[];
  upcomingDeadlines: { kind: string; title: string; dueDate: string; subjectId: string; path: string }[];
  returnedReports: { report: { id: string; year: number }; version: { id: string; status: string; reviewComment: string | null }; path: string }[];
  reportsAwaitingReview: { report: { id: string; year: number }; version: { id: string; number: number; status: string }; path: string }[];
  unreadNotifications: { totalCount: number; unreadCount: number; nodes: { title: string; path: string }[] };
}

/** A Swedish calendar date `days` from today. */
const dayFromToday = (days: number): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(Date.now() + days * 24 * 3600_000));

function ok<T>(response: GraphqlResponse<T>): T {
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

describe('myWork', () => {
  let api: TestApi;
  let plan: SeededPlan;
  /** A working group of the test's own in the seeded plan, its coordinator and a member. */
  let groupId: string;
  const token: Record<'coordinator' | 'member', string> = { coordinator: '', member: '' };
  const person: Record<'coordinator' | 'member', string> = { coordinator: '', member: '' };
  const itemId: Record<string, string> = {};

  const myWork = async (as: string, planId = plan.planId): Promise<MyWork> => ok(await api.gql<{ myWork: MyWork }>(MY_WORK, { planId }, as)).myWork;

  beforeAll(async () => {
    ({ api, plan } = await startPlanApi());
    // Arrangement: the plan runs on, so today's dates lie in its period.
    await api.dataSource.query(`UPDATE plans SET period_end = $2 WHERE id = $1`, [plan.planId, `${new Date().getFullYear() + 1}-12-31`]);
    const group = await newGroup(api.dataSource, { planId: plan.planId, number: 7, name: 'Arbetsgrupp 7' });
    groupId = group.id;
    for (const [who, role] of [['coordinator', MembershipRole.COORDINATOR], ['member', MembershipRole.MEMBER]] as const) {
      const user = await newUser(api.dataSource, { agencyId: plan.agency.FK! });
      await newMembership(api.dataSource, group.id, user.id, role);
      person[who] = user.id;
      token[who] = await api.login(user.email, FACTORY_PASSWORD);
    }
    const create = async (key: string, fields: Record<string, unknown>) => {
      const input = { groupId, developmentAreaId: plan.area[1], leadAgencyId: plan.agency.FK, ownerId: person.member, title: key, ...fields };
      itemId[key] = ok(await api.gql<{ createActionItem: { id: string } }>(CREATE_ITEM, { input }, token.coordinator)).createActionItem.id;
    };
    await create('Försenad åtgärd', { dueDate: dayFromToday(-1) });
    await create('Åtgärd i fara', { health: 'AT_RISK', dueDate: dayFromToday(60) });
    await create('Åtgärd som avviker', { health: 'OFF_TRACK', ownerId: person.coordinator });
    await create('Inaktuell åtgärd', {});
    await create('Åtgärd enligt plan', { dueDate: dayFromToday(10) });
    await create('Avslutad försenad åtgärd', { dueDate: dayFromToday(-5), status: 'DONE', progress: 100 });
    await create('Åtgärd långt fram', { dueDate: dayFromToday(45) });
    // Arrangement: no check-in since long before the plan's stale period.
    await api.dataSource.query(`UPDATE action_items SET created_at = now() - interval '400 days' WHERE id = $1`, [itemId['Inaktuell åtgärd']]);
  });
  afterAll(() => api.close());

  it("shows a coordinator their group's overdue, at-risk, off-track and stale items with the reasons and the item's page", async () => {
    const work = await myWork(token.coordinator);
    expect(work.planId).toBe(plan.planId);
    const byTitle = Object.fromEntries(work.itemsNeedingAttention.map((entry) => [entry.item.title, entry]));
    expect(Object.keys(byTitle).sort()).toEqual(['Försenad åtgärd', 'Inaktuell åtgärd', 'Åtgärd i fara', 'Åtgärd som avviker'].sort());
    expect(byTitle['Försenad åtgärd']).toEqual({
      item: { id: itemId['Försenad åtgärd'], title: 'Försenad åtgärd' },
      reasons: ['OVERDUE'],
      relations: ['COORDINATOR'],
      path: `/atgarder/${itemId['Försenad åtgärd']}`,
    });
    expect(byTitle['Åtgärd i fara']!.reasons).toEqual(['AT_RISK']);
    expect(byTitle['Åtgärd som avviker']).toMatchObject({ reasons: ['OFF_TRACK'], relations: ['OWNER', 'COORDINATOR'] });
    expect(byTitle['Inaktuell åtgärd']!.reasons).toEqual(['STALE']);
  });

  it('shows an owner their own items only, and other coordinators none of them', async () => {
    const owner = await myWork(token.member);
    expect(owner.itemsNeedingAttention.map((entry) => [entry.item.title, entry.relations])).toEqual(
      expect.arrayContaining([
        ['Försenad åtgärd', ['OWNER']],
        ['Åtgärd i fara', ['OWNER']],
      ]),
    );
    expect(owner.itemsNeedingAttention.map((entry) => entry.item.title)).not.toContain('Åtgärd som avviker');
    const other = await myWork(plan.token.coordinator1);
    expect(other.itemsNeedingAttention.map((entry) => entry.item.id)).not.toEqual(expect.arrayContaining([itemId['Försenad åtgärd']]));
  });

  it('lists deadlines of the next 30 days, items and meetings, with the page to open', async () => {
    const heldOn = dayFromToday(5);
    const meeting = ok(
      await api.gql<{ recordMeeting: { id: string } }>(
        'mutation ($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }',
        { input: { groupId, heldOn, title: 'Gruppmöte i december' } },
        token.coordinator,
      ),
    ).recordMeeting;
    const deadlines = (await myWork(token.member)).upcomingDeadlines;
    expect(deadlines).toEqual([
      { kind: 'MEETING', title: 'Gruppmöte i december', dueDate: heldOn, subjectId: meeting.id, path: `/moten/${meeting.id}` },
      { kind: 'ACTION_ITEM', title: 'Åtgärd enligt plan', dueDate: dayFromToday(10), subjectId: itemId['Åtgärd enligt plan'], path: `/atgarder/${itemId['Åtgärd enligt plan']}` },
    ]);
  });

  it('shows a steering member the versions waiting for review, and the authors a report returned to them', async () => {
    const version = await submitGroupReport(api, plan.token.coordinator3, await reportsPlan(api, plan.token.admin), 3, 2020);
    const waiting = (await myWork(plan.token.steering)).reportsAwaitingReview;
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatchObject({ report: { year: 2020 }, version: { id: version.id, number: 1, status: 'SUBMITTED' } });
    expect(waiting[0]!.path).toBe(`/granskning/${waiting[0]!.report.id}`);
    expect((await myWork(plan.token.coordinator3)).reportsAwaitingReview).toEqual([]);
    expect((await myWork(plan.token.coordinator3)).returnedReports).toEqual([]);

    ok(await api.gql('mutation ($input: ReturnReportInput!) { returnReport(input: $input) { id } }', { input: { versionId: version.id, comment: 'Beskriv resultaten för område 2.' } }, plan.token.steering));
    expect((await myWork(plan.token.steering)).reportsAwaitingReview).toEqual([]);
    const returned = (await myWork(plan.token.coordinator3)).returnedReports;
    expect(returned).toEqual([
      {
        report: { id: waiting[0]!.report.id, year: 2020 },
        version: { id: version.id, status: 'RETURNED', reviewComment: 'Beskriv resultaten för område 2.' },
        path: `/rapporter/${waiting[0]!.report.id}`,
      },
    ]);
    expect((await myWork(plan.token.coordinator1)).returnedReports).toEqual([]);
  });

  it('shows the first unread notifications with their pages and the unread count', async () => {
    await api.dataSource.query(
      `INSERT INTO notifications (recipient_id, title, body, subject_type, subject_id, source_key, delivery)
       SELECT $1, 'Påminnelse ' || n, 'Förfaller snart', 'ACTION_ITEM', $2, 'my-work-test-' || n, 'IN_APP' FROM generate_series(1, 12) AS n`,
      [person.member, itemId['Försenad åtgärd']],
    );
    const { unreadNotifications } = await myWork(token.member);
    expect(unreadNotifications.unreadCount).toBe(12);
    expect(unreadNotifications.nodes).toHaveLength(10);
    expect(unreadNotifications.nodes[0]!.path).toBe(`/atgarder/${itemId['Försenad åtgärd']}`);
  });

  it('runs as many SQL statements for 40 items needing attention as for 4', async () => {
    const nested = `query ($planId: ID!) { myWork(planId: $planId) {
      itemsNeedingAttention { reasons item { title owner { displayName agency { code } } group { name } leadAgency { code } } }
      upcomingDeadlines { path }
      reportsAwaitingReview { report { year } version { number } }
      unreadNotifications { unreadCount nodes { path } }
    } }`;
    const count = async () => {
      let listed = 0;
      const statements = await statementsDuring(api.dataSource, async () => {
        listed = ok(await api.gql<{ myWork: MyWork }>(nested, { planId: plan.planId }, token.coordinator)).myWork.itemsNeedingAttention.length;
      });
      return { listed, statements: statements.length };
    };
    const few = await count();
    await api.dataSource.query(
      `INSERT INTO action_items (plan_id, depth, group_id, development_area_id, lead_agency_id, owner_id, title, status, health, health_since, progress)
       SELECT $1, 1, $2, $3, $4, $5, 'Riskåtgärd ' || n, 'IN_PROGRESS', 'AT_RISK', now(), 10 FROM generate_series(1, 36) n`,
      [plan.planId, groupId, plan.area[1], plan.agency.FK, person.member],
    );
    const many = await count();
    expect(few.listed).toBe(4);
    expect(many.listed).toBe(40);
    expect(many.statements).toBe(few.statements);
  });

  it('answers NOT_FOUND for an unknown plan', async () => {
    const response = await api.gql(MY_WORK, { planId: '00000000-0000-4000-8000-000000000000' }, token.member);
    expect(onlyError(response).extensions?.code).toBe('NOT_FOUND');
  });
});
