import { TestApi, snapshotTables, startTestApi } from '@samverkan/testing';
import { Ids, MATRIX, MatrixRow, ROLES, ROLE_LOGINS, Role } from './authorization-matrix.table';

type Outcome = 'PERMITTED' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'INTERNAL_SERVER_ERROR';

/**
 * Past the policy is all that matters here: a NOT_FOUND or a domain rule still means "permitted".
 * A crash is never an outcome any row expects, so a resolver that fails for an allowed role fails the matrix.
 */
function outcomeOf(errors: { extensions?: { code?: string } }[] | undefined): Outcome {
  const codes = (errors ?? []).map((e) => e.extensions?.code);
  if (codes.includes('INTERNAL_SERVER_ERROR')) return 'INTERNAL_SERVER_ERROR';
  if (codes.includes('UNAUTHENTICATED')) return 'UNAUTHENTICATED';
  if (codes.includes('FORBIDDEN')) return 'FORBIDDEN';
  return 'PERMITTED';
}

const label = (row: MatrixRow): string => (row.variant ? `${row.operation} (${row.variant})` : row.operation);

describe('authorization matrix', () => {
  const passwords = {} as Record<Role, string | undefined>;
  let api: TestApi;
  const ids: Ids = {};
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    api = await startTestApi();
    const rows = async (sql: string): Promise<Record<string, string>[]> => api.dataSource.query(sql);
    for (const { code, id } of await rows('SELECT code, id FROM agencies')) ids[`agency${code}`] = id!;
    for (const { number, id } of await rows('SELECT number, id FROM groups')) ids[`group${number}`] = id!;
    ids.groupA = ids.group3!;
    ids.groupB = ids.group1!;
    ids.plan = (await rows('SELECT id FROM plans'))[0]!.id!;
    ids.area1 = (await rows('SELECT id FROM development_areas WHERE number = 1'))[0]!.id!;
    const userId = async (email: string): Promise<string> => (await api.dataSource.query('SELECT id FROM users WHERE email = $1', [email]))[0].id;
    ids.userAdmin = await userId(ROLE_LOGINS.administrator);
    ids.userMemberA = await userId(ROLE_LOGINS.memberA);
    ids.userRepresentativeY = await userId(ROLE_LOGINS.representativeY);
    ids.userCoordinatorA = await userId(ROLE_LOGINS.coordinatorA);
    ids.missing = '00000000-0000-4000-8000-000000000000';
    for (const role of ROLES) tokens[role] = await api.login(ROLE_LOGINS[role]);
    await arrangeFixtures();
  });

  /** Rows of each kind for the rows to act on: an item and a meeting of group A, agency X's goal, a submitted report of X. */
  async function arrangeFixtures(): Promise<void> {
    const must = async <T>(query: string, variables: Record<string, unknown>, role: Role): Promise<T> => {
      const response = await api.gql<T>(query, variables, tokens[role]);
      if (!response.data) throw new Error(`fixture failed: ${JSON.stringify(response.errors)}`);
      return response.data;
    };
    ids.itemA = (
      await must<{ createActionItem: { id: string } }>(
        'mutation ($g: ID!, $a: ID!, $l: ID!, $o: ID!) { createActionItem(input: { groupId: $g, developmentAreaId: $a, title: "Fixture item", leadAgencyId: $l, ownerId: $o }) { id } }',
        { g: ids.groupA, a: ids.area1, l: ids.agencyFK, o: ids.userCoordinatorA },
        'coordinatorA',
      )
    ).createActionItem.id;
    ids.meetingA = (
      await must<{ recordMeeting: { id: string } }>(
        'mutation ($g: ID!) { recordMeeting(input: { groupId: $g, heldOn: "2020-05-05", title: "Fixture meeting" }) { id } }',
        { g: ids.groupA },
        'coordinatorA',
      )
    ).recordMeeting.id;
    const [goal] = await api.dataSource.query(`SELECT g.id FROM goals g WHERE g.agency_id = $1 ORDER BY g.title LIMIT 1`, [ids.agencyFK]);
    ids.goalX = goal.id;
    ids.indicatorX = (await api.dataSource.query(`SELECT id FROM goal_indicators WHERE goal_id = $1 LIMIT 1`, [ids.goalX]))[0].id;
    const [count] = await api.dataSource.query(
      `SELECT i.id FROM goal_indicators i JOIN goals g ON g.id = i.goal_id WHERE g.agency_id = $1 AND i.unit = 'COUNT' LIMIT 1`,
      [ids.agencyFK],
    );
    ids.countIndicatorX = count.id;
    ids.measurementX = (await api.dataSource.query(`SELECT id FROM indicator_measurements WHERE indicator_id = $1 LIMIT 1`, [ids.countIndicatorX]))[0].id;
    const plan = await must<{ plan: { developmentAreas: { id: string }[]; perspectives: { id: string }[] } }>(
      'query ($p: ID!) { plan(id: $p) { developmentAreas { id } perspectives { id } } }',
      { p: ids.plan },
      'representativeX',
    );
    ids.reportX = (
      await must<{ createReport: { id: string } }>(
        'mutation ($p: ID!, $a: ID!) { createReport(input: { planId: $p, year: 2020, kind: AGENCY_FOLLOW_UP, agencyId: $a }) { id } }',
        { p: ids.plan, a: ids.agencyFK },
        'representativeX',
      )
    ).createReport.id;
    await must(
      'mutation ($input: EditReportInput!) { editReport(input: $input) { id } }',
      {
        input: {
          reportId: ids.reportX,
          summary: 'Followed up',
          workDone: plan.plan.developmentAreas.map((area) => ({ developmentAreaId: area.id, text: 'Training' })),
          results: 'Partly fulfilled',
          perspectives: plan.plan.perspectives.map((perspective) => ({ perspectiveId: perspective.id, text: 'Addressed' })),
          challenges: 'Indications are not counted',
          nextYearFocus: 'Customer meetings',
        },
      },
      'representativeX',
    );
    ids.reportVersionX = (await must<{ submitReport: { id: string } }>('mutation ($id: ID!) { submitReport(id: $id) { id } }', { id: ids.reportX }, 'representativeX')).submitReport.id;
  }
  afterAll(() => api.close());

  it('has a row for every query and mutation in the schema', async () => {
    const { data } = await api.gql<{ __schema: { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } } }>(
      '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }',
      {},
      tokens.administrator,
    );
    const inSchema = [
      ...data!.__schema.queryType.fields.map((f) => `Query.${f.name}`),
      ...data!.__schema.mutationType.fields.map((f) => `Mutation.${f.name}`),
    ].sort();
    const inTable = [...new Set(MATRIX.map((row) => row.operation))].filter((op) => op.startsWith('Query.') || op.startsWith('Mutation.'));
    expect(inSchema.filter((op) => !inTable.includes(op))).toEqual([]);
    expect(inTable.filter((op) => !inSchema.includes(op))).toEqual([]);
  });

  it('gives every role exactly the outcome the table says', async () => {
    const mismatches: string[] = [];
    for (const row of MATRIX) {
      if (row.endsSession) continue;
      const anonymous = outcomeOf((await api.gql(row.query, row.variables?.(ids, 'observer') ?? {})).errors);
      const expectedAnonymous: Outcome = row.public ? 'PERMITTED' : 'UNAUTHENTICATED';
      if (anonymous !== expectedAnonymous) mismatches.push(`${row.operation} as anonymous: ${anonymous}, expected ${expectedAnonymous}`);
      for (const role of ROLES) {
        const outcome = outcomeOf((await api.gql(row.query, row.variables?.(ids, role) ?? {}, tokens[role])).errors);
        const expected: Outcome = row.allow.includes(role) ? 'PERMITTED' : 'FORBIDDEN';
        if (outcome !== expected) mismatches.push(`${label(row)} as ${role}: ${outcome}, expected ${expected}`);
      }
    }
    // Rows that end or replace the session go last, each role with a fresh login.
    for (const row of MATRIX.filter((r) => r.endsSession)) {
      for (const role of ROLES) {
        const token = await api.login(ROLE_LOGINS[role], passwords[role]);
        const response = await api.gql<{ changePassword?: { accessToken: string } }>(row.query, row.variables?.(ids, role) ?? {}, token);
        if (response.data?.changePassword) passwords[role] = String(row.variables?.(ids, role).n);
        const outcome = outcomeOf(response.errors);
        const expected: Outcome = row.allow.includes(role) ? 'PERMITTED' : 'FORBIDDEN';
        if (outcome !== expected) mismatches.push(`${label(row)} as ${role}: ${outcome}, expected ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('lets an API token with only the READ scope read and write nothing, reads that would create a row included', async () => {
    const created = await api.gql<{ createApiToken: { secret: string } }>(
      'mutation { createApiToken(input: { name: "Matrix reader", scopes: [READ] }) { secret } }',
      {},
      // The rows above ended every role's first session.
      await api.login(ROLE_LOGINS.administrator, passwords.administrator),
    );
    const secret = created.data!.createApiToken.secret;
    const before = await snapshotTables(api.dataSource);
    const mismatches: string[] = [];
    // Public operations (logging in) do not look at the token.
    for (const row of MATRIX.filter((r) => !r.public)) {
      const outcome = outcomeOf((await api.gql(row.query, row.variables?.(ids, 'observer') ?? {}, secret)).errors);
      // READ is what every logged-in person may read, less a person's own things (me, notifications, calendar feed); never a write.
      const everyoneReads = !row.operation.startsWith('Mutation.') && ROLES.every((role) => row.allow.includes(role));
      const acceptable: Outcome[] = everyoneReads ? ['PERMITTED', 'FORBIDDEN'] : ['FORBIDDEN'];
      if (!acceptable.includes(outcome)) mismatches.push(`${label(row)} as a READ token: ${outcome}`);
    }
    expect(mismatches).toEqual([]);
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });
});
