import { randomUUID } from 'node:crypto';
import { TestApi, startTestApi } from '@samverkan/testing';
import { Client } from 'pg';

interface MutationCase {
  /** Who performs it (a seeded e-mail). */
  as: string;
  query: string;
  variables?: (ids: Record<string, string>) => Record<string, unknown>;
  /** Reads what the case needs and no response carries (e.g. a secret sent by e-mail) into ids. */
  arrange?: (api: TestApi, ids: Record<string, string>) => Promise<void>;
  /** Ids the case creates, for later cases (path into the response data → name). */
  remember?: (data: Record<string, { id: string }>, ids: Record<string, string>) => void;
}

const ADMIN = 'admin@samverkan.example';

/**
 * One successful call of every mutation in the schema, in an order where
 * later calls can use what earlier ones created.
 */
const CASES: Record<string, MutationCase> = {
  login: { as: '', query: 'mutation { login(email: "medlem.ag2.af@samverkan.example", password: "Samverkan-demo-2019") { accessToken } }' },
  signIn: { as: '', query: 'mutation { signIn(email: "medlem.ag2.af@samverkan.example", password: "Samverkan-demo-2019") { expiresAt } }' },
  createAgency: {
    as: ADMIN,
    query: 'mutation { createAgency(input: { code: "LST", nameSv: "Länsstyrelsen", nameEn: "County Administrative Board" }) { id } }',
    remember: (data, ids) => (ids.newAgency = data.createAgency!.id),
  },
  updateAgency: {
    as: 'representant.fk@samverkan.example',
    query: 'mutation ($id: ID!) { updateAgency(input: { id: $id, contactEmail: "registrator@fk.example" }) { id } }',
    variables: (ids) => ({ id: ids.FK }),
  },
  createUser: {
    as: ADMIN,
    query: 'mutation ($a: ID!) { createUser(input: { email: "ny@lst.example", displayName: "Ny Person", agencyId: $a, password: "a-long-password-1" }) { id } }',
    variables: (ids) => ({ a: ids.newAgency }),
    remember: (data, ids) => (ids.newUser = data.createUser!.id),
  },
  updateUser: {
    as: ADMIN,
    query: 'mutation ($id: ID!) { updateUser(input: { id: $id, title: "Strategist" }) { id } }',
    variables: (ids) => ({ id: ids.newUser }),
  },
  sendPasswordResetLink: {
    as: ADMIN,
    query: 'mutation ($id: ID!) { sendPasswordResetLink(userId: $id) { expiresAt } }',
    variables: (ids) => ({ id: ids.newUser }),
  },
  resetPassword: {
    as: '',
    arrange: async (api, ids) => {
      const [mail] = await api.dataSource.query(`SELECT payload->>'text' AS text FROM outbox_messages WHERE payload->>'messageId' LIKE '<password-link.%' ORDER BY created_at DESC LIMIT 1`);
      ids.passwordLink = /token=([\w-]+)/.exec(mail.text)![1]!;
    },
    query: 'mutation ($t: String!) { resetPassword(token: $t, newPassword: "korp tegel vinäger 7") }',
    variables: (ids) => ({ t: ids.passwordLink }),
  },
  createPlan: {
    as: ADMIN,
    query: 'mutation { createPlan(input: { key: "IPV-2022-2024", title: "Next plan", periodStart: "2022-01-01", periodEnd: "2024-12-31" }) { id } }',
    remember: (data, ids) => (ids.newPlan = data.createPlan!.id),
  },
  updatePlan: {
    as: ADMIN,
    query: 'mutation ($id: ID!) { updatePlan(input: { id: $id, mandate: "New assignment" }) { id } }',
    variables: (ids) => ({ id: ids.newPlan }),
  },
  revisePlan: {
    as: 'styrgrupp.fk@samverkan.example',
    query: 'mutation ($p: ID!) { revisePlan(input: { planId: $p, effectiveFrom: "2020-03-01", summary: "FK adds customer meetings", rationale: "Decided by the steering group" }) { id } }',
    variables: (ids) => ({ p: ids.plan }),
  },
  setPlanAgency: {
    as: ADMIN,
    query: 'mutation ($p: ID!, $a: ID!) { setPlanAgency(input: { planId: $p, agencyId: $a, role: PARTNER, responsibility: "Regional support" }) { agencyId } }',
    variables: (ids) => ({ p: ids.plan, a: ids.newAgency }),
  },
  removePlanAgency: {
    as: ADMIN,
    query: 'mutation ($p: ID!, $a: ID!) { removePlanAgency(input: { planId: $p, agencyId: $a }) { agencyId } }',
    variables: (ids) => ({ p: ids.plan, a: ids.newAgency }),
  },
  createDevelopmentArea: {
    as: ADMIN,
    query: 'mutation ($p: ID!) { createDevelopmentArea(input: { planId: $p, number: 1, title: "Area", subTopics: ["One", "Two"] }) { id } }',
    variables: (ids) => ({ p: ids.newPlan }),
    remember: (data, ids) => (ids.newArea = data.createDevelopmentArea!.id),
  },
  updateDevelopmentArea: {
    as: ADMIN,
    query: 'mutation ($id: ID!) { updateDevelopmentArea(input: { id: $id, subTopics: ["Only"] }) { id } }',
    variables: (ids) => ({ id: ids.newArea }),
  },
  createPerspective: {
    as: ADMIN,
    query: 'mutation ($p: ID!) { createPerspective(input: { planId: $p, code: "ELDERLY", title: "Older people" }) { id } }',
    variables: (ids) => ({ p: ids.newPlan }),
    remember: (data, ids) => (ids.newPerspective = data.createPerspective!.id),
  },
  updatePerspective: {
    as: ADMIN,
    query: 'mutation ($id: ID!) { updatePerspective(input: { id: $id, title: "Older persons" }) { id } }',
    variables: (ids) => ({ id: ids.newPerspective }),
  },
  createGroup: {
    as: ADMIN,
    query: 'mutation ($p: ID!, $a: ID!) { createGroup(input: { planId: $p, kind: WORKING, number: 1, name: "WG 1", focus: "Focus", coordinatingAgencyId: $a }) { id } }',
    variables: (ids) => ({ p: ids.newPlan, a: ids.newAgency }),
    remember: (data, ids) => (ids.newGroup = data.createGroup!.id),
  },
  updateGroup: {
    as: ADMIN,
    query: 'mutation ($id: ID!) { updateGroup(input: { id: $id, focus: "New focus" }) { id } }',
    variables: (ids) => ({ id: ids.newGroup }),
  },
  setGroupSupport: {
    as: ADMIN,
    query: 'mutation ($g: ID!, $a: ID!) { setGroupSupport(input: { groupId: $g, agencyId: $a, contribution: "Quality assurance" }) { agencyId } }',
    variables: (ids) => ({ g: ids.newGroup, a: ids.SOS }),
  },
  removeGroupSupport: {
    as: ADMIN,
    query: 'mutation ($g: ID!, $a: ID!) { removeGroupSupport(input: { groupId: $g, agencyId: $a }) { agencyId } }',
    variables: (ids) => ({ g: ids.newGroup, a: ids.SOS }),
  },
  addMembership: {
    as: ADMIN,
    query: 'mutation ($g: ID!, $u: ID!) { addMembership(input: { groupId: $g, userId: $u, role: COORDINATOR }) { id } }',
    variables: (ids) => ({ g: ids.newGroup, u: ids.newUser }),
    remember: (data, ids) => (ids.newMembership = data.addMembership!.id),
  },
  removeMembership: {
    as: ADMIN,
    query: 'mutation ($id: ID!) { removeMembership(id: $id) { id } }',
    variables: (ids) => ({ id: ids.newMembership }),
  },
  createGoal: {
    as: 'representant.fk@samverkan.example',
    query: 'mutation ($p: ID!, $a: ID!) { createGoal(input: { planId: $p, agencyId: $a, title: "Customer service", statement: "Ask about violence on indication" }) { id } }',
    variables: (ids) => ({ p: ids.plan, a: ids.FK }),
    remember: (data, ids) => (ids.newGoal = data.createGoal!.id),
  },
  updateGoal: {
    as: 'representant.fk@samverkan.example',
    query: 'mutation ($id: ID!) { updateGoal(input: { id: $id, scope: "Customer meetings" }) { id } }',
    variables: (ids) => ({ id: ids.newGoal }),
  },
  createIndicator: {
    as: 'representant.fk@samverkan.example',
    query: 'mutation ($g: ID!) { createIndicator(input: { goalId: $g, name: "Referrals made", unit: COUNT, sourceKind: REGISTER }) { id } }',
    variables: (ids) => ({ g: ids.newGoal }),
    remember: (data, ids) => (ids.newIndicator = data.createIndicator!.id),
  },
  updateIndicator: {
    as: 'representant.fk@samverkan.example',
    query: 'mutation ($id: ID!) { updateIndicator(input: { id: $id, targetValue: 100, targetYear: 2021 }) { id } }',
    variables: (ids) => ({ id: ids.newIndicator }),
  },
  recordMeasurement: {
    as: 'representant.fk@samverkan.example',
    query: 'mutation ($i: ID!) { recordMeasurement(input: { indicatorId: $i, year: 2020, value: 40 }) { id } }',
    variables: (ids) => ({ i: ids.newIndicator }),
    remember: (data, ids) => (ids.newMeasurement = data.recordMeasurement!.id),
  },
  correctMeasurement: {
    as: 'representant.fk@samverkan.example',
    query: 'mutation ($id: ID!) { correctMeasurement(input: { id: $id, year: 2020, value: 42, note: "Recounted", reason: "Recounted" }) { id } }',
    variables: (ids) => ({ id: ids.newMeasurement }),
  },
  assessGoal: {
    as: 'representant.fk@samverkan.example',
    query: 'mutation ($g: ID!) { assessGoal(input: { goalId: $g, year: 2021, outcome: NOT_ASSESSABLE, justification: "Indications are not counted" }) { id } }',
    variables: (ids) => ({ g: ids.newGoal }),
  },
  createApiToken: {
    as: ADMIN,
    query: 'mutation { createApiToken(input: { name: "Statistics export", scopes: [READ] }) { token { id } secret } }',
    remember: (data, ids) => (ids.newApiToken = (data.createApiToken as unknown as { token: { id: string } }).token.id),
  },
  revokeApiToken: {
    as: ADMIN,
    query: 'mutation ($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }',
    variables: (ids) => ({ id: ids.newApiToken }),
  },
  changePassword: {
    as: 'medlem.ag3.sos@samverkan.example',
    query: 'mutation { changePassword(currentPassword: "Samverkan-demo-2019", newPassword: "korp tegel vinäger 42") { accessToken } }',
  },
  createActionItem: {
    as: 'samordnare.ag3@samverkan.example',
    query: 'mutation ($g: ID!, $a: ID!, $l: ID!, $o: ID!) { createActionItem(input: { groupId: $g, developmentAreaId: $a, title: "Supervision for case officers", leadAgencyId: $l, ownerId: $o, dueDate: "2020-12-31" }) { id } }',
    variables: (ids) => ({ g: ids.workingGroup3, a: ids.area, l: ids.FK, o: ids.coordinator3 }),
    remember: (data, ids) => (ids.newItem = data.createActionItem!.id),
  },
  updateActionItem: {
    as: 'samordnare.ag3@samverkan.example',
    query: 'mutation ($id: ID!) { updateActionItem(input: { id: $id, status: IN_PROGRESS, health: AT_RISK }) { id } }',
    variables: (ids) => ({ id: ids.newItem }),
  },
  postCheckIn: {
    as: 'medlem.ag3@samverkan.example',
    query: 'mutation ($id: ID!) { postCheckIn(input: { itemId: $id, narrative: "Two of four groups started", progress: 50 }) { id } }',
    variables: (ids) => ({ id: ids.newItem }),
  },
  commentOnActionItem: {
    as: 'observator@samverkan.example',
    query: 'mutation ($id: ID!) { commentOnActionItem(input: { itemId: $id, text: "Include it in the annual report" }) { id } }',
    variables: (ids) => ({ id: ids.newItem }),
  },
  recordMeeting: {
    as: 'samordnare.ag3@samverkan.example',
    query: 'mutation ($g: ID!, $i: ID!) { recordMeeting(input: { groupId: $g, heldOn: "2020-09-10", title: "WG 3", discussedItemIds: [$i], decisions: [{ text: "Continue" }] }) { id } }',
    variables: (ids) => ({ g: ids.workingGroup3, i: ids.newItem }),
    remember: (data, ids) => (ids.newMeeting = data.recordMeeting!.id),
  },
  updateMeeting: {
    as: 'medlem.ag3@samverkan.example',
    query: 'mutation ($id: ID!) { updateMeeting(input: { id: $id, notes: "Minutes adjusted" }) { id } }',
    variables: (ids) => ({ id: ids.newMeeting }),
  },
  createReport: {
    as: 'representant.fk@samverkan.example',
    query: 'mutation ($p: ID!, $a: ID!) { createReport(input: { planId: $p, year: 2019, kind: AGENCY_FOLLOW_UP, agencyId: $a }) { id plan { developmentAreas { id } perspectives { id } } } }',
    variables: (ids) => ({ p: ids.plan, a: ids.FK }),
    remember: (data, ids) => {
      const report = data.createReport as unknown as { id: string; plan: { developmentAreas: { id: string }[]; perspectives: { id: string }[] } };
      ids.report = report.id;
      ids.reportArea = report.plan.developmentAreas[0]!.id;
      ids.reportPerspectives = JSON.stringify(report.plan.perspectives.map((p) => p.id));
    },
  },
  editReport: {
    as: 'representant.fk@samverkan.example',
    query: `mutation ($input: EditReportInput!) { editReport(input: $input) { id } }`,
    variables: (ids) => ({
      input: {
        reportId: ids.report,
        summary: 'Goals followed up',
        workDone: [{ developmentAreaId: ids.reportArea, text: 'Training' }],
        results: 'Partly fulfilled',
        perspectives: (JSON.parse(ids.reportPerspectives!) as string[]).map((perspectiveId) => ({ perspectiveId, text: 'Addressed' })),
        challenges: 'Indications are not counted',
        nextYearFocus: 'Customer meetings',
      },
    }),
  },
  submitReport: {
    as: 'representant.fk@samverkan.example',
    query: 'mutation ($id: ID!) { submitReport(id: $id) { id deliveries { id } } }',
    variables: (ids) => ({ id: ids.report }),
    remember: (data, ids) => {
      const version = data.submitReport as unknown as { id: string; deliveries: { id: string }[] };
      ids.reportVersion = version.id;
      ids.reportDelivery = version.deliveries[0]!.id;
    },
  },
  returnReport: {
    as: 'styrgrupp.fk@samverkan.example',
    query: 'mutation ($v: ID!) { returnReport(input: { versionId: $v, comment: "Add the measurements" }) { id } }',
    variables: (ids) => ({ v: ids.reportVersion }),
  },
  acknowledgeReport: {
    as: 'styrgrupp.af@samverkan.example',
    query: 'mutation ($v: ID!) { acknowledgeReport(input: { versionId: $v }) { id } }',
    variables: (ids) => ({ v: ids.reportVersion }),
  },
  retryReportDelivery: {
    as: ADMIN,
    query: 'mutation ($id: ID!) { retryReportDelivery(id: $id) { id } }',
    variables: (ids) => ({ id: ids.reportDelivery }),
  },
  setReportDueDate: {
    as: ADMIN,
    query: 'mutation ($p: ID!) { setReportDueDate(input: { planId: $p, dueMonthDay: "04-30" }) { planId } }',
    variables: (ids) => ({ p: ids.plan }),
  },
  setReportCopyEndpoint: {
    as: ADMIN,
    query: 'mutation ($a: ID!) { setReportCopyEndpoint(input: { agencyId: $a, url: "https://dms.jamy.example/copies" }) { agencyId } }',
    variables: (ids) => ({ a: ids.JAMY }),
  },
  testReportCopyEndpoint: {
    as: ADMIN,
    query: 'mutation ($a: ID!) { testReportCopyEndpoint(input: { agencyId: $a, channel: EMAIL }) { accepted } }',
    variables: (ids) => ({ a: ids.JAMY }),
  },
  setReminderRule: {
    as: ADMIN,
    query: 'mutation ($p: ID!) { setReminderRule(input: { planId: $p, deadlineKind: ACTION_ITEM, daysBefore: [14, 1, 0], escalations: [{ daysOverdue: 2, audience: [OWNER, COORDINATOR] }] }) { source } }',
    variables: (ids) => ({ p: ids.plan }),
  },
  setNotificationPreference: { as: 'medlem.ag1.af@samverkan.example', query: 'mutation { setNotificationPreference(preference: DAILY_DIGEST) }' },
  markNotificationRead: {
    as: 'medlem.ag1.af@samverkan.example',
    query: 'mutation ($id: ID!) { markNotificationRead(id: $id) { id } }',
    variables: (ids) => ({ id: ids.notification }),
  },
  markAllNotificationsRead: { as: 'medlem.ag1.af@samverkan.example', query: 'mutation { markAllNotificationsRead }' },
  rotateCalendarFeedSecret: { as: 'medlem.ag1.af@samverkan.example', query: 'mutation { rotateCalendarFeedSecret }' },
  setMyLanguage: { as: 'medlem.ag2.fk@samverkan.example', query: 'mutation { setMyLanguage(language: EN) { language } }' },
  signOut: { as: 'medlem.ag2.fk@samverkan.example', query: 'mutation { signOut }' },
  logout: { as: 'medlem.ag2.fk@samverkan.example', query: 'mutation { logout }' },
};

describe('audit trail', () => {
  let api: TestApi;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    const token = await api.login(ADMIN);
    const { data } = await api.gql<{ agencies: { id: string; code: string }[]; plans: { id: string }[] }>('{ agencies { id code } plans { id } }', {}, token);
    for (const agency of data!.agencies) ids[agency.code] = agency.id;
    ids.plan = data!.plans[0]!.id;
    const seeded = await api.gql<{ groups: { id: string; number: number }[]; plans: { developmentAreas: { id: string }[] }[]; me: { id: string } }>('{ groups(kind: WORKING) { id number } plans { developmentAreas { id } } me { id } }', {}, await api.login('samordnare.ag3@samverkan.example'));
    // Notifications come only from the worker's reminders; one to mark read.
    ids.notification = (await api.dataSource.query(`INSERT INTO notifications (recipient_id, title, body, subject_type, subject_id, source_key, delivery) SELECT id, 'Reminder', 'Due tomorrow', 'ACTION_ITEM', gen_random_uuid(), 'audit-test', 'IN_APP' FROM users WHERE email = 'medlem.ag1.af@samverkan.example' RETURNING id`))[0].id;
    Object.assign(ids, { workingGroup3: seeded.data!.groups.find((g) => g.number === 3)!.id, area: seeded.data!.plans[0]!.developmentAreas[0]!.id, coordinator3: seeded.data!.me.id });
  });
  afterAll(() => api.close());

  const auditCount = async (): Promise<number> => (await api.dataSource.query('SELECT count(*)::int AS n FROM audit_log'))[0].n;

  it('has a case for every mutation in the schema', async () => {
    const token = await api.login(ADMIN);
    const { data } = await api.gql<{ __schema: { mutationType: { fields: { name: string }[] } } }>('{ __schema { mutationType { fields { name } } } }', {}, token);
    expect(data!.__schema.mutationType.fields.map((f) => f.name).sort()).toEqual(Object.keys(CASES).sort());
  });

  it('writes exactly one audit row per mutation, with actor, action and request id', async () => {
    for (const [name, mutationCase] of Object.entries(CASES)) {
      const token = mutationCase.as ? await api.login(mutationCase.as) : null;
      await mutationCase.arrange?.(api, ids);
      const before = await auditCount();
      const requestId = `test-${randomUUID()}`;
      const response = await api.gql(mutationCase.query, mutationCase.variables?.(ids) ?? {}, token, { 'x-request-id': requestId });
      expect({ name, errors: response.errors }).toEqual({ name, errors: undefined });
      mutationCase.remember?.(response.data as Record<string, { id: string }>, ids);
      expect({ name, rows: (await auditCount()) - before }).toEqual({ name, rows: 1 });
      const [row] = await api.dataSource.query('SELECT actor_id, action, request_id FROM audit_log WHERE request_id = $1', [requestId]);
      expect(row).toMatchObject({ request_id: requestId });
      expect(row.actor_id).not.toBeNull();
    }
  });

  it('keeps the before and after of an update', async () => {
    const [row] = await api.dataSource.query(`SELECT before, after FROM audit_log WHERE action = 'group.update' ORDER BY id DESC LIMIT 1`);
    expect(row.before.focus).toBe('Focus');
    expect(row.after.focus).toBe('New focus');
  });

  it('never records a password hash', async () => {
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE after::text LIKE '%passwordHash%' OR before::text LIKE '%$2b$%'`);
    expect(n).toBe(0);
  });

  it('refuses to change or delete audit rows in the database itself, even to the owner', async () => {
    // The application role may not even try (test/security/database-roles.int-spec.ts); the trigger stops the owner too.
    const owner = new Client({ connectionString: api.db.url });
    await owner.connect();
    try {
      await expect(owner.query(`UPDATE audit_log SET action = 'tampered'`)).rejects.toThrow(/append-only/);
      await expect(owner.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    } finally {
      await owner.end();
    }
  });
});
