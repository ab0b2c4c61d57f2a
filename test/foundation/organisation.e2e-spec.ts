import { TestApi, onlyError, startTestApi } from '@samverkan/testing';

describe('organisation over GraphQL (seeded plan)', () => {
  let api: TestApi;
  let adminToken: string;

  beforeAll(async () => {
    api = await startTestApi();
    adminToken = await api.login('admin@samverkan.example');
  });
  afterAll(() => api.close());

  it('lists the five agencies, the steering group and the three working groups with their coordinators', async () => {
    const { data, errors } = await api.gql<{
      agencies: { code: string }[];
      groups: { name: string; kind: string; coordinatingAgency: { code: string } | null }[];
    }>('{ agencies { code } groups { name kind coordinatingAgency { code } } }', {}, adminToken);
    expect(errors).toBeUndefined();
    expect(data!.agencies.map((a) => a.code).sort()).toEqual(['AF', 'FK', 'JAMY', 'MV', 'SOS']);
    expect(data!.groups.map((g) => [g.kind, g.coordinatingAgency?.code ?? null])).toEqual([
      ['STEERING', null],
      ['WORKING', 'SOS'],
      ['WORKING', 'MV'],
      ['WORKING', 'FK'],
    ]);
  });

  it('reads the plan with its areas, sub-topics, perspectives, agencies and groups', async () => {
    const { data, errors } = await api.gql<{
      plans: {
        key: string;
        periodStart: string;
        periodEnd: string;
        developmentAreas: { number: number; subTopics: { title: string }[] }[];
        perspectives: { code: string }[];
        agencies: { role: string; agency: { code: string } }[];
        groups: { number: number; supports: { agency: { code: string } }[]; memberships: { role: string; user: { agency: { code: string } } }[] }[];
      }[];
    }>(
      `{ plans { key periodStart periodEnd
          developmentAreas { number subTopics { title } }
          perspectives { code }
          agencies { role agency { code } }
          groups { number supports { agency { code } } memberships { role user { agency { code } } } } } }`,
      {},
      adminToken,
    );
    expect(errors).toBeUndefined();
    const [plan] = data!.plans;
    expect(plan).toMatchObject({ key: 'IPV-2019-2021', periodStart: '2019-01-01', periodEnd: '2021-12-31' });
    expect(plan!.developmentAreas.map((a) => a.subTopics.length)).toEqual([3, 2, 1, 2]);
    expect(plan!.perspectives).toHaveLength(5);
    expect(plan!.agencies.find((a) => a.agency.code === 'JAMY')!.role).toBe('COORDINATOR');
    for (const group of plan!.groups) {
      // Every group has one person from each of the four member agencies.
      expect(group.memberships.map((m) => m.user.agency.code).sort()).toEqual(['AF', 'FK', 'MV', 'SOS']);
    }
    expect(plan!.groups[1]!.supports.map((s) => s.agency.code)).toEqual(['SOS']);
    expect(plan!.groups[3]!.supports.map((s) => s.agency.code)).toEqual(['SOS']);
  });

  it.each([
    ['admin@samverkan.example', 'JAMY', ['ADMINISTRATOR']],
    ['styrgrupp.fk@samverkan.example', 'FK', ['STEERING_GROUP_MEMBER']],
    ['samordnare.ag3@samverkan.example', 'FK', ['WORKING_GROUP_COORDINATOR']],
    ['medlem.ag3@samverkan.example', 'AF', ['WORKING_GROUP_MEMBER']],
    ['representant.fk@samverkan.example', 'FK', ['AGENCY_REPRESENTATIVE']],
    ['observator@samverkan.example', 'JAMY', ['OBSERVER']],
  ])('me returns %s with agency, memberships and roles', async (email, agency, roles) => {
    const token = await api.login(email);
    const { data } = await api.gql<{ me: { email: string; agency: { code: string }; effectiveRoles: string[]; memberships: { group: { kind: string } }[] } }>(
      '{ me { email agency { code } effectiveRoles memberships { role group { kind name } } } }',
      {},
      token,
    );
    expect(data!.me.email).toBe(email);
    expect(data!.me.agency.code).toBe(agency);
    expect(data!.me.effectiveRoles).toEqual(roles);
  });

  it('pages users with a cursor and a total', async () => {
    const first = await api.gql<{ users: { nodes: { id: string }[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      '{ users(first: 10) { nodes { id } totalCount pageInfo { hasNextPage endCursor } } }',
      {},
      adminToken,
    );
    expect(first.data!.users.totalCount).toBe(22);
    expect(first.data!.users.pageInfo.hasNextPage).toBe(true);
    const second = await api.gql<{ users: { nodes: { id: string }[] } }>(
      'query ($after: String) { users(first: 100, after: $after) { nodes { id } } }',
      { after: first.data!.users.pageInfo.endCursor },
      adminToken,
    );
    const ids = [...first.data!.users.nodes, ...second.data!.users.nodes].map((u) => u.id);
    expect(new Set(ids).size).toBe(22);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const response = await api.gql('{ agency(id: "00000000-0000-4000-8000-000000000000") { code } }', {}, adminToken);
    expect(onlyError(response).extensions?.code).toBe('NOT_FOUND');
  });
});
