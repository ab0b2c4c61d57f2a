/**
 * Who may call what. One row per query and mutation in schema.gql (the test
 * fails when one is missing) plus rows for nested reads. `allow` lists the
 * roles that get past the policy; every other logged-in role must get
 * FORBIDDEN and an anonymous caller UNAUTHENTICATED (unless `public`).
 */
export const ROLES = [
  'administrator',
  'steeringMember',
  'coordinatorA',
  'memberA',
  'coordinatorB',
  'representativeX',
  'representativeY',
  'observer',
] as const;
export type Role = (typeof ROLES)[number];

/** Seeded people playing each role: group A is working group 3 (FK), group B working group 1 (SOS); agency X is FK, Y is AF. */
export const ROLE_LOGINS: Record<Role, string> = {
  administrator: 'admin@samverkan.example',
  steeringMember: 'styrgrupp.fk@samverkan.example',
  coordinatorA: 'samordnare.ag3@samverkan.example',
  memberA: 'medlem.ag3@samverkan.example',
  coordinatorB: 'samordnare.ag1@samverkan.example',
  representativeX: 'representant.fk@samverkan.example',
  representativeY: 'representant.af@samverkan.example',
  observer: 'observator@samverkan.example',
};

export const EVERYONE: readonly Role[] = ROLES;

/** Ids of seeded data (and of rows the suite's fixtures create), by name. */
export type Ids = Record<string, string>;

export interface MatrixRow {
  /** `Query.x`, `Mutation.y`, or a nested path such as `Group.memberships`. */
  operation: string;
  query: string;
  variables?: (ids: Ids, role: Role) => Record<string, unknown>;
  allow: readonly Role[];
  /** Callable without logging in. */
  public?: boolean;
  /** Distinguishes a second row for the same operation (another resource). */
  variant?: string;
  /** Ends or replaces the caller's session: run after every other row. */
  endsSession?: boolean;
}

const unique = (role: Role): string => role.replace(/[a-z]/g, '').toUpperCase() + role.length;

export const MATRIX: MatrixRow[] = [
  // Organisation
  { operation: 'Query.agencies', query: '{ agencies { code } }', allow: EVERYONE },
  { operation: 'Query.agency', query: 'query ($id: ID!) { agency(id: $id) { code } }', variables: (ids) => ({ id: ids.agencyFK }), allow: EVERYONE },
  { operation: 'Query.users', query: '{ users { totalCount } }', allow: EVERYONE },
  { operation: 'Query.user', query: 'query ($id: ID!) { user(id: $id) { email } }', variables: (ids) => ({ id: ids.userAdmin }), allow: EVERYONE },
  { operation: 'Query.groups', query: '{ groups { name } }', allow: EVERYONE },
  { operation: 'Query.group', query: 'query ($id: ID!) { group(id: $id) { name } }', variables: (ids) => ({ id: ids.groupA }), allow: EVERYONE },
  { operation: 'Query.myWork', query: 'query ($id: ID!) { myWork(planId: $id) { planId } }', variables: (ids) => ({ id: ids.plan }), allow: EVERYONE },
  { operation: 'Query.me', query: '{ me { email } }', allow: EVERYONE },
  { operation: 'Query.serviceInfo', query: '{ serviceInfo { singleSignOn organisationName accessibilityContactEmail } }', allow: EVERYONE, public: true },
  { operation: 'Group.memberships', query: 'query ($id: ID!) { group(id: $id) { memberships { role user { email agency { code } } } } }', variables: (ids) => ({ id: ids.groupA }), allow: EVERYONE },
  { operation: 'User.memberships', query: 'query ($id: ID!) { user(id: $id) { memberships { group { name } } effectiveRoles } }', variables: (ids) => ({ id: ids.userAdmin }), allow: EVERYONE },
  {
    operation: 'Mutation.login',
    query: 'mutation { login(email: "medlem.ag2.af@samverkan.example", password: "Samverkan-demo-2019") { accessToken } }',
    allow: EVERYONE,
    public: true,
  },
  {
    operation: 'Mutation.signIn',
    query: 'mutation { signIn(email: "medlem.ag2.af@samverkan.example", password: "Samverkan-demo-2019") { expiresAt } }',
    allow: EVERYONE,
    public: true,
  },
  { operation: 'Mutation.setMyLanguage', query: 'mutation { setMyLanguage(language: SV) { language } }', allow: EVERYONE },
  // With a bearer token there is no browser session to end: the token stays valid.
  { operation: 'Mutation.signOut', query: 'mutation { signOut }', allow: EVERYONE },
  { operation: 'Mutation.logout', query: 'mutation { logout }', allow: EVERYONE, endsSession: true },
  {
    operation: 'Mutation.changePassword',
    query: 'mutation ($n: String!) { changePassword(currentPassword: "Samverkan-demo-2019", newPassword: $n) { accessToken } }',
    variables: (_ids, role) => ({ n: `korp tegel vinäger ${role}` }),
    allow: EVERYONE,
    endsSession: true,
  },
  {
    operation: 'Mutation.sendPasswordResetLink',
    query: 'mutation ($id: ID!) { sendPasswordResetLink(userId: $id) { expiresAt } }',
    variables: (ids) => ({ id: ids.userAdmin }),
    allow: ['administrator'],
  },
  // The link's secret is the proof: anyone may try one (a wrong one is refused as bad input, and throttled).
  {
    operation: 'Mutation.resetPassword',
    query: 'mutation { resetPassword(token: "not-a-link", newPassword: "korp tegel vinäger") }',
    allow: EVERYONE,
    public: true,
  },
  {
    operation: 'Mutation.createAgency',
    query: 'mutation ($code: String!) { createAgency(input: { code: $code, nameSv: "Ny", nameEn: "New" }) { id } }',
    variables: (_ids, role) => ({ code: `Z${unique(role)}` }),
    allow: ['administrator'],
  },
  {
    operation: 'Mutation.updateAgency',
    query: 'mutation ($id: ID!) { updateAgency(input: { id: $id, contactEmail: "registrator@fk.example" }) { id } }',
    variables: (ids) => ({ id: ids.agencyFK }),
    allow: ['administrator', 'representativeX'],
  },
  {
    operation: 'Mutation.createUser',
    query: 'mutation ($a: ID!, $e: String!) { createUser(input: { email: $e, displayName: "N", agencyId: $a, password: "a-long-password-1" }) { id } }',
    variables: (ids, role) => ({ a: ids.agencyFK, e: `matrix.${role}@test.example` }),
    allow: ['administrator'],
  },
  {
    operation: 'Mutation.updateUser',
    query: 'mutation ($id: ID!) { updateUser(input: { id: $id, title: "T" }) { id } }',
    variables: (ids) => ({ id: ids.userMemberA }),
    allow: ['administrator'],
  },
  {
    operation: 'Mutation.createGroup',
    query: 'mutation ($p: ID!, $a: ID!, $n: Int!) { createGroup(input: { planId: $p, kind: WORKING, number: $n, name: "G", focus: "F", coordinatingAgencyId: $a }) { id } }',
    variables: (ids, role) => ({ p: ids.plan, a: ids.agencyFK, n: 10 + ROLES.indexOf(role) }),
    allow: ['administrator'],
  },
  {
    operation: 'Mutation.updateGroup',
    query: 'mutation ($id: ID!) { updateGroup(input: { id: $id, focus: "F" }) { id } }',
    variables: (ids) => ({ id: ids.groupA }),
    allow: ['administrator'],
  },
  {
    operation: 'Mutation.setGroupSupport',
    query: 'mutation ($g: ID!, $a: ID!) { setGroupSupport(input: { groupId: $g, agencyId: $a, contribution: "C" }) { groupId } }',
    variables: (ids) => ({ g: ids.groupA, a: ids.agencyFK }),
    allow: ['administrator'],
  },
  {
    // A support that does not exist: past the policy the answer is NOT_FOUND, and the seeded supports stay for the other rows.
    operation: 'Mutation.removeGroupSupport',
    query: 'mutation ($g: ID!, $a: ID!) { removeGroupSupport(input: { groupId: $g, agencyId: $a }) { groupId } }',
    variables: (ids) => ({ g: ids.groupA, a: ids.missing }),
    allow: ['administrator'],
  },
  {
    operation: 'Mutation.addMembership',
    query: 'mutation ($g: ID!, $u: ID!) { addMembership(input: { groupId: $g, userId: $u, role: MEMBER }) { id } }',
    variables: (ids) => ({ g: ids.groupB, u: ids.userRepresentativeY }),
    allow: ['administrator'],
  },
  {
    operation: 'Mutation.removeMembership',
    query: 'mutation ($id: ID!) { removeMembership(id: $id) { id } }',
    variables: (ids) => ({ id: ids.missing }),
    allow: ['administrator'],
  },
  // Plan
  { operation: 'Query.plans', query: '{ plans { key } }', allow: EVERYONE },
  { operation: 'Query.plan', query: 'query ($id: ID!) { plan(id: $id) { key } }', variables: (ids) => ({ id: ids.plan }), allow: EVERYONE },
  {
    operation: 'Plan.structure',
    query: 'query ($id: ID!) { plan(id: $id) { revisions { number } agencies { role agency { code } } developmentAreas { subTopics { title } } perspectives { code } groups { name plan { key } } } }',
    variables: (ids) => ({ id: ids.plan }),
    allow: EVERYONE,
  },
  {
    operation: 'Mutation.createPlan',
    query: 'mutation ($k: String!) { createPlan(input: { key: $k, title: "T", periodStart: "2022-01-01", periodEnd: "2024-12-31" }) { id } }',
    variables: (_ids, role) => ({ k: `M-${unique(role)}` }),
    allow: ['administrator'],
  },
  {
    operation: 'Mutation.updatePlan',
    query: 'mutation ($id: ID!) { updatePlan(input: { id: $id, mandate: "M" }) { id } }',
    variables: (ids) => ({ id: ids.plan }),
    allow: ['administrator'],
  },
  {
    operation: 'Mutation.revisePlan',
    query: 'mutation ($p: ID!) { revisePlan(input: { planId: $p, effectiveFrom: "2020-01-01", summary: "S", rationale: "R" }) { id } }',
    variables: (ids) => ({ p: ids.plan }),
    allow: ['administrator', 'steeringMember'],
  },
  {
    operation: 'Mutation.setPlanAgency',
    query: 'mutation ($p: ID!, $a: ID!) { setPlanAgency(input: { planId: $p, agencyId: $a, role: MEMBER }) { planId } }',
    variables: (ids) => ({ p: ids.plan, a: ids.agencyAF }),
    allow: ['administrator'],
  },
  {
    operation: 'Mutation.removePlanAgency',
    query: 'mutation ($p: ID!, $a: ID!) { removePlanAgency(input: { planId: $p, agencyId: $a }) { planId } }',
    variables: (ids) => ({ p: ids.plan, a: ids.missing }),
    allow: ['administrator'],
  },
  {
    operation: 'Mutation.createDevelopmentArea',
    query: 'mutation ($p: ID!, $n: Int!) { createDevelopmentArea(input: { planId: $p, number: $n, title: "A" }) { id } }',
    variables: (ids, role) => ({ p: ids.plan, n: 10 + ROLES.indexOf(role) }),
    allow: ['administrator'],
  },
  {
    operation: 'Mutation.updateDevelopmentArea',
    query: 'mutation ($id: ID!) { updateDevelopmentArea(input: { id: $id, title: "Rutiner och metoder för att upptäcka våld" }) { id } }',
    variables: (ids) => ({ id: ids.area1 }),
    allow: ['administrator'],
  },
  {
    operation: 'Mutation.createPerspective',
    query: 'mutation ($p: ID!, $c: String!) { createPerspective(input: { planId: $p, code: $c, title: "P" }) { id } }',
    variables: (ids, role) => ({ p: ids.plan, c: `MATRIX_${unique(role)}` }),
    allow: ['administrator'],
  },
  {
    operation: 'Mutation.updatePerspective',
    query: 'mutation ($id: ID!) { updatePerspective(input: { id: $id, title: "P" }) { id } }',
    variables: (ids) => ({ id: ids.missing }),
    allow: ['administrator'],
  },
  // Action plan: items, check-ins, comments, meetings, overview
  { operation: 'Query.actionItems', query: 'query ($g: ID) { actionItems(groupId: $g) { totalCount } }', variables: (ids) => ({ g: ids.groupA }), allow: EVERYONE },
  { operation: 'Query.actionItem', query: 'query ($id: ID!) { actionItem(id: $id) { title } }', variables: (ids) => ({ id: ids.itemA }), allow: EVERYONE },
  {
    operation: 'ActionItem.checkIns',
    query: 'query ($id: ID!) { actionItem(id: $id) { checkIns { nodes { narrative } } } }',
    variables: (ids) => ({ id: ids.itemA }),
    allow: EVERYONE,
  },
  {
    // Audit rows: the audit trail's readers and the item's own group only.
    operation: 'ActionItem.history',
    query: 'query ($id: ID!) { actionItem(id: $id) { history(first: 5) { nodes { action actorId } } } }',
    variables: (ids) => ({ id: ids.itemA }),
    allow: ['administrator', 'steeringMember', 'coordinatorA', 'memberA'],
  },
  { operation: 'Query.planOverview', query: 'query ($p: ID!) { planOverview(planId: $p) { __typename } }', variables: (ids) => ({ p: ids.plan }), allow: EVERYONE },
  { operation: 'Query.planAsOfRevision', query: 'query ($p: ID!) { planAsOfRevision(planId: $p, number: 1) { __typename } }', variables: (ids) => ({ p: ids.plan }), allow: EVERYONE },
  { operation: 'Query.meetings', query: 'query ($g: ID) { meetings(groupId: $g) { totalCount } }', variables: (ids) => ({ g: ids.groupA }), allow: EVERYONE },
  { operation: 'Query.meeting', query: 'query ($id: ID!) { meeting(id: $id) { title } }', variables: (ids) => ({ id: ids.meetingA }), allow: EVERYONE },
  {
    operation: 'Mutation.createActionItem',
    query: 'mutation ($g: ID!, $a: ID!, $l: ID!, $o: ID!) { createActionItem(input: { groupId: $g, developmentAreaId: $a, title: "Matrix item", leadAgencyId: $l, ownerId: $o }) { id } }',
    variables: (ids) => ({ g: ids.groupA, a: ids.area1, l: ids.agencyFK, o: ids.userCoordinatorA }),
    allow: ['coordinatorA'],
  },
  {
    operation: 'Mutation.updateActionItem',
    query: 'mutation ($id: ID!) { updateActionItem(input: { id: $id, health: AT_RISK }) { id } }',
    variables: (ids) => ({ id: ids.itemA }),
    allow: ['coordinatorA'],
  },
  {
    operation: 'Mutation.postCheckIn',
    query: 'mutation ($id: ID!) { postCheckIn(input: { itemId: $id, narrative: "Matrix check-in", progress: 20 }) { id } }',
    variables: (ids) => ({ id: ids.itemA }),
    allow: ['coordinatorA', 'memberA'],
  },
  {
    operation: 'Mutation.commentOnActionItem',
    query: 'mutation ($id: ID!) { commentOnActionItem(input: { itemId: $id, text: "Matrix comment" }) { id } }',
    variables: (ids) => ({ id: ids.itemA }),
    allow: ['steeringMember', 'coordinatorA', 'memberA', 'observer'],
  },
  {
    operation: 'Mutation.recordMeeting',
    query: 'mutation ($g: ID!) { recordMeeting(input: { groupId: $g, heldOn: "2020-09-10", title: "Matrix meeting" }) { id } }',
    variables: (ids) => ({ g: ids.groupA }),
    allow: ['coordinatorA', 'memberA'],
  },
  {
    operation: 'Mutation.updateMeeting',
    query: 'mutation ($id: ID!) { updateMeeting(input: { id: $id, notes: "Matrix notes" }) { id } }',
    variables: (ids) => ({ id: ids.meetingA }),
    allow: ['coordinatorA', 'memberA'],
  },
  // Agency goals
  { operation: 'Query.goals', query: 'query ($a: ID) { goals(agencyId: $a) { totalCount } }', variables: (ids) => ({ a: ids.agencyFK }), allow: EVERYONE },
  {
    operation: 'Query.goal',
    query: 'query ($id: ID!) { goal(id: $id) { title indicators { name measurements { value } history { value } } assessments { outcome } } }',
    variables: (ids) => ({ id: ids.goalX }),
    allow: EVERYONE,
  },
  {
    operation: 'Query.followUpDue',
    query: 'query ($p: ID!, $a: ID!) { followUpDue(planId: $p, agencyId: $a, year: 2021) { totalCount } }',
    variables: (ids) => ({ p: ids.plan, a: ids.agencyFK }),
    allow: EVERYONE,
  },
  {
    operation: 'Mutation.createGoal',
    query: 'mutation ($p: ID!, $a: ID!) { createGoal(input: { planId: $p, agencyId: $a, title: "Matrix goal", statement: "S" }) { id } }',
    variables: (ids) => ({ p: ids.plan, a: ids.agencyFK }),
    allow: ['representativeX'],
  },
  {
    operation: 'Mutation.updateGoal',
    query: 'mutation ($id: ID!) { updateGoal(input: { id: $id, scope: "Sickness benefit" }) { id } }',
    variables: (ids) => ({ id: ids.goalX }),
    allow: ['representativeX'],
  },
  {
    operation: 'Mutation.createIndicator',
    query: 'mutation ($g: ID!) { createIndicator(input: { goalId: $g, name: "Matrix indicator", unit: COUNT, sourceKind: REGISTER }) { id } }',
    variables: (ids) => ({ g: ids.goalX }),
    allow: ['representativeX'],
  },
  {
    operation: 'Mutation.updateIndicator',
    query: 'mutation ($id: ID!) { updateIndicator(input: { id: $id, sourceDescription: "Register" }) { id } }',
    variables: (ids) => ({ id: ids.indicatorX }),
    allow: ['representativeX'],
  },
  {
    operation: 'Mutation.recordMeasurement',
    query: 'mutation ($i: ID!) { recordMeasurement(input: { indicatorId: $i, year: 2020, value: 5 }) { id } }',
    variables: (ids) => ({ i: ids.countIndicatorX }),
    allow: ['representativeX'],
  },
  {
    operation: 'Mutation.correctMeasurement',
    query: 'mutation ($id: ID!) { correctMeasurement(input: { id: $id, year: 2021, value: 501, note: "Recounted", reason: "Recounted" }) { id } }',
    variables: (ids) => ({ id: ids.measurementX }),
    allow: ['representativeX'],
  },
  {
    operation: 'Mutation.assessGoal',
    query: 'mutation ($g: ID!) { assessGoal(input: { goalId: $g, year: 2020, outcome: PARTLY_FULFILLED, justification: "Half trained" }) { id } }',
    variables: (ids) => ({ g: ids.goalX }),
    allow: ['representativeX'],
  },
  // Annual reports and their copies
  { operation: 'Query.reports', query: 'query ($p: ID) { reports(planId: $p) { totalCount } }', variables: (ids) => ({ p: ids.plan }), allow: EVERYONE },
  {
    operation: 'Query.report',
    query: 'query ($id: ID!) { report(id: $id) { status versions { number sha256 deliveries { status } } } }',
    variables: (ids) => ({ id: ids.reportX }),
    allow: EVERYONE,
  },
  { operation: 'Query.reportVersion', query: 'query ($id: ID!) { reportVersion(id: $id) { number } }', variables: (ids) => ({ id: ids.reportVersionX }), allow: EVERYONE },
  { operation: 'Query.reportDeliveries', query: '{ reportDeliveries { totalCount } }', allow: EVERYONE },
  {
    operation: 'Query.expectedReports',
    query: 'query ($p: ID!) { expectedReports(planId: $p, year: 2020) { status mayWrite } }',
    variables: (ids) => ({ p: ids.plan }),
    allow: EVERYONE,
  },
  // Empty for everyone but steering-group members; readable by all.
  { operation: 'Query.reviewInbox', query: '{ reviewInbox { path } }', allow: EVERYONE },
  { operation: 'Query.missingReports', query: 'query ($p: ID!) { missingReports(planId: $p, year: 2020) { late } }', variables: (ids) => ({ p: ids.plan }), allow: EVERYONE },
  {
    operation: 'Mutation.createReport',
    query: 'mutation ($p: ID!, $a: ID!) { createReport(input: { planId: $p, year: 2021, kind: AGENCY_FOLLOW_UP, agencyId: $a }) { id } }',
    variables: (ids) => ({ p: ids.plan, a: ids.agencyFK }),
    allow: ['representativeX'],
  },
  {
    operation: 'Mutation.editReport',
    query: 'mutation ($r: ID!) { editReport(input: { reportId: $r, summary: "Matrix summary" }) { id } }',
    variables: (ids) => ({ r: ids.reportX }),
    allow: ['representativeX'],
  },
  {
    operation: 'Mutation.submitReport',
    query: 'mutation ($id: ID!) { submitReport(id: $id) { id } }',
    variables: (ids) => ({ id: ids.reportX }),
    allow: ['representativeX'],
  },
  {
    operation: 'Mutation.returnReport',
    query: 'mutation ($v: ID!) { returnReport(input: { versionId: $v, comment: "Matrix" }) { id } }',
    variables: (ids) => ({ v: ids.reportVersionX }),
    allow: ['steeringMember'],
  },
  {
    operation: 'Mutation.acknowledgeReport',
    query: 'mutation ($v: ID!) { acknowledgeReport(input: { versionId: $v }) { id } }',
    variables: (ids) => ({ v: ids.reportVersionX }),
    allow: ['steeringMember'],
  },
  { operation: 'Mutation.retryReportDelivery', query: 'mutation ($id: ID!) { retryReportDelivery(id: $id) { id } }', variables: (ids) => ({ id: ids.missing }), allow: ['administrator'] },
  {
    operation: 'Mutation.setReportDueDate',
    query: 'mutation ($p: ID!) { setReportDueDate(input: { planId: $p, dueMonthDay: "03-31" }) { planId } }',
    variables: (ids) => ({ p: ids.plan }),
    allow: ['administrator'],
  },
  {
    operation: 'Mutation.setReportCopyEndpoint',
    query: 'mutation ($a: ID!) { setReportCopyEndpoint(input: { agencyId: $a, url: "https://dms.jamy.example/copies" }) { agencyId } }',
    variables: (ids) => ({ a: ids.agencyJAMY }),
    allow: ['administrator'],
  },
  {
    operation: 'Mutation.testReportCopyEndpoint',
    query: 'mutation ($a: ID!) { testReportCopyEndpoint(input: { agencyId: $a, channel: EMAIL }) { accepted } }',
    variables: (ids) => ({ a: ids.agencyJAMY }),
    allow: ['administrator'],
  },
  // Security: audit trail and API tokens
  { operation: 'Query.auditTrail', query: '{ auditTrail(first: 5) { totalCount } }', allow: ['administrator', 'steeringMember'] },
  { operation: 'Query.auditChainVerification', query: '{ auditChainVerification { intact } }', allow: ['administrator'] },
  { operation: 'Query.apiTokens', query: '{ apiTokens { name } }', allow: ['administrator'] },
  {
    operation: 'Mutation.createApiToken',
    query: 'mutation { createApiToken(input: { name: "Matrix", scopes: [READ] }) { secret } }',
    allow: ['administrator'],
  },
  { operation: 'Mutation.revokeApiToken', query: 'mutation ($id: ID!) { revokeApiToken(id: $id) { id } }', variables: (ids) => ({ id: ids.missing }), allow: ['administrator'] },
  // Reminders, notifications, calendar
  { operation: 'Query.reminderRules', query: 'query ($p: ID!) { reminderRules(planId: $p) { deadlineKind } }', variables: (ids) => ({ p: ids.plan }), allow: EVERYONE },
  { operation: 'Query.reminderPreview', query: 'query ($p: ID!) { reminderPreview(planId: $p) { deadlineId } }', variables: (ids) => ({ p: ids.plan }), allow: ['administrator'] },
  {
    operation: 'Mutation.setReminderRule',
    query: 'mutation ($p: ID!) { setReminderRule(input: { planId: $p, deadlineKind: ACTION_ITEM, daysBefore: [14, 1, 0], escalations: [{ daysOverdue: 1, audience: [OWNER, COORDINATOR] }] }) { deadlineKind } }',
    variables: (ids) => ({ p: ids.plan }),
    allow: ['administrator'],
  },
  {
    operation: 'Mutation.setReminderRule',
    variant: 'group override',
    query: 'mutation ($p: ID!, $g: ID!) { setReminderRule(input: { planId: $p, groupId: $g, deadlineKind: ACTION_ITEM, daysBefore: [7, 0], escalations: [] }) { deadlineKind } }',
    variables: (ids) => ({ p: ids.plan, g: ids.groupA }),
    allow: ['administrator', 'coordinatorA'],
  },
  { operation: 'Query.notifications', query: '{ notifications { unreadCount totalCount } }', allow: EVERYONE },
  { operation: 'Query.notificationPreference', query: '{ notificationPreference }', allow: EVERYONE },
  { operation: 'Query.calendarFeedUrl', query: '{ calendarFeedUrl }', allow: EVERYONE },
  { operation: 'Mutation.setNotificationPreference', query: 'mutation { setNotificationPreference(preference: EMAIL_IMMEDIATE) }', allow: EVERYONE },
  { operation: 'Mutation.markNotificationRead', query: 'mutation ($id: ID!) { markNotificationRead(id: $id) { id } }', variables: (ids) => ({ id: ids.missing }), allow: EVERYONE },
  { operation: 'Mutation.markAllNotificationsRead', query: 'mutation { markAllNotificationsRead }', allow: EVERYONE },
  { operation: 'Mutation.rotateCalendarFeedSecret', query: 'mutation { rotateCalendarFeedSecret }', allow: EVERYONE },
];
