import { TestApi, onlyError, snapshotTables, startTestApi } from '@samverkan/testing';

describe('bad input', () => {
  let api: TestApi;
  let admin: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.login('admin@samverkan.example');
    const { data } = await api.gql<{ agencies: { id: string; code: string }[]; plans: { id: string }[] }>('{ agencies { id code } plans { id } }', {}, admin);
    for (const agency of data!.agencies) ids[agency.code] = agency.id;
    ids.plan = data!.plans[0]!.id;
  });
  afterAll(() => api.close());

  const missing = '00000000-0000-4000-8000-000000000000';
  const cases: [string, string, () => Record<string, unknown>, string][] = [
    ['an agency code in lower case', 'mutation { createAgency(input: { code: "skv", nameSv: "S", nameEn: "S" }) { id } }', () => ({}), 'input.code'],
    ['a taken agency code', 'mutation { createAgency(input: { code: "FK", nameSv: "S", nameEn: "S" }) { id } }', () => ({}), 'input.code'],
    ['a malformed e-mail', 'mutation ($a: ID!) { createUser(input: { email: "not-an-email", displayName: "X", agencyId: $a, password: "long-enough-password" }) { id } }', () => ({ a: ids.FK }), 'input.email'],
    ['a short password', 'mutation ($a: ID!) { createUser(input: { email: "x@y.example", displayName: "X", agencyId: $a, password: "short" }) { id } }', () => ({ a: ids.FK }), 'input.password'],
    ['an agency that does not exist', 'mutation ($a: ID!) { createUser(input: { email: "x@y.example", displayName: "X", agencyId: $a, password: "long-enough-password" }) { id } }', () => ({ a: missing }), 'input.agencyId'],
    ['a taken e-mail', 'mutation ($a: ID!) { createUser(input: { email: "ADMIN@samverkan.example", displayName: "X", agencyId: $a, password: "long-enough-password" }) { id } }', () => ({ a: ids.FK }), 'input.email'],
    ['a period that ends before it starts', 'mutation { createPlan(input: { key: "NEXT", title: "T", periodStart: "2022-01-01", periodEnd: "2021-12-31" }) { id } }', () => ({}), 'input.periodEnd'],
    ['an impossible date', 'mutation { createPlan(input: { key: "NEXT", title: "T", periodStart: "2022-02-30", periodEnd: "2024-12-31" }) { id } }', () => ({}), 'input.periodStart'],
    ['a revision outside the plan period', 'mutation ($p: ID!) { revisePlan(input: { planId: $p, effectiveFrom: "2023-01-01", summary: "s", rationale: "r" }) { id } }', () => ({ p: ids.plan }), 'input.effectiveFrom'],
    ['a working group without a coordinating agency', 'mutation ($p: ID!) { createGroup(input: { planId: $p, kind: WORKING, number: 4, name: "WG4", focus: "f" }) { id } }', () => ({ p: ids.plan }), 'input.coordinatingAgencyId'],
    ['a second steering group', 'mutation ($p: ID!) { createGroup(input: { planId: $p, kind: STEERING, number: 0, name: "SG", focus: "f" }) { id } }', () => ({ p: ids.plan }), 'input.number'],
    ['a personal identity number in free text', 'mutation ($p: ID!) { revisePlan(input: { planId: $p, effectiveFrom: "2020-01-01", summary: "Ärende 19811218-9876", rationale: "r" }) { id } }', () => ({ p: ids.plan }), 'input.summary'],
    ['a page size of 0', '{ agencies(first: 0) { code } }', () => ({}), 'first'],
    ['a page size of 10000', '{ users(first: 10000) { totalCount } }', () => ({}), 'first'],
    ['a malformed cursor', '{ users(after: "garbage") { totalCount } }', () => ({}), 'after'],
    ['an id that is not a UUID', '{ agency(id: "42") { code } }', () => ({}), 'id'],
  ];

  it.each(cases)('rejects %s with BAD_USER_INPUT naming the field, writing nothing', async (_what, query, variables, field) => {
    const before = await snapshotTables(api.dataSource);
    const error = onlyError(await api.gql(query, variables(), admin));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).not.toBe('');
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it('rejects a value of the wrong GraphQL type as BAD_USER_INPUT', async () => {
    const response = await api.gql('query ($n: Int) { agencies(first: $n) { code } }', { n: 'many' }, admin);
    expect(onlyError(response).extensions?.code).toBe('BAD_USER_INPUT');
  });
});
