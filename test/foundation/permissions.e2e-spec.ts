import { TestApi, onlyError, snapshotTables, startTestApi } from '@samverkan/testing';

describe('permissions', () => {
  let api: TestApi;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    for (const [name, email] of Object.entries({
      admin: 'admin@samverkan.example',
      steering: 'styrgrupp.fk@samverkan.example',
      coordinator: 'samordnare.ag3@samverkan.example',
      member: 'medlem.ag3@samverkan.example',
      representativeFk: 'representant.fk@samverkan.example',
      observer: 'observator@samverkan.example',
    })) {
      tokens[name] = await api.login(email);
    }
    const { data } = await api.gql<{ agencies: { id: string; code: string }[]; plans: { id: string }[] }>('{ agencies { id code } plans { id } }', {}, tokens.admin);
    for (const agency of data!.agencies) ids[agency.code] = agency.id;
    ids.plan = data!.plans[0]!.id;
  });
  afterAll(() => api.close());

  const updateAgency = 'mutation ($id: ID!, $email: String) { updateAgency(input: { id: $id, contactEmail: $email }) { code contactEmail } }';

  it("lets an agency representative change their own agency's profile", async () => {
    const response = await api.gql(updateAgency, { id: ids.FK, email: 'registrator@fk.example' }, tokens.representativeFk);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ updateAgency: { code: 'FK', contactEmail: 'registrator@fk.example' } });
  });

  it("refuses an agency representative another agency's data, and writes nothing", async () => {
    const before = await snapshotTables(api.dataSource);
    const response = await api.gql(updateAgency, { id: ids.AF, email: 'x@af.example' }, tokens.representativeFk);
    expect(onlyError(response).extensions?.code).toBe('FORBIDDEN');
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it.each([
    ['createAgency', 'mutation { createAgency(input: { code: "LST", nameSv: "Länsstyrelsen", nameEn: "County board" }) { id } }', {}],
    ['updateAgency', updateAgency, () => ({ id: ids.JAMY, email: 'x@jamy.example' })],
    ['revisePlan', 'mutation ($p: ID!) { revisePlan(input: { planId: $p, effectiveFrom: "2020-01-01", summary: "s", rationale: "r" }) { id } }', () => ({ p: ids.plan })],
    ['createPerspective', 'mutation ($p: ID!) { createPerspective(input: { planId: $p, code: "NEW_ONE", title: "t" }) { id } }', () => ({ p: ids.plan })],
  ])('refuses the observer %s (FORBIDDEN, nothing written)', async (_name, mutation, variables) => {
    const before = await snapshotTables(api.dataSource);
    const response = await api.gql(mutation, typeof variables === 'function' ? variables() : variables, tokens.observer);
    expect(onlyError(response).extensions?.code).toBe('FORBIDDEN');
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it('keeps organisation management to administrators', async () => {
    const createAgency = 'mutation ($c: String!) { createAgency(input: { code: $c, nameSv: "Skatteverket", nameEn: "Swedish Tax Agency" }) { code } }';
    for (const who of ['steering', 'coordinator', 'member', 'representativeFk']) {
      expect(onlyError(await api.gql(createAgency, { c: 'SKV' }, tokens[who])).extensions?.code).toBe('FORBIDDEN');
    }
    expect((await api.gql(createAgency, { c: 'SKV' }, tokens.admin)).data).toEqual({ createAgency: { code: 'SKV' } });
  });

  it('lets the steering group revise the plan but not a working-group coordinator', async () => {
    const revise = 'mutation ($p: ID!) { revisePlan(input: { planId: $p, effectiveFrom: "2020-01-01", summary: "Customer meetings joined", rationale: "Decided 2020-02-10" }) { number } }';
    expect(onlyError(await api.gql(revise, { p: ids.plan }, tokens.coordinator)).extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(revise, { p: ids.plan }, tokens.steering)).data).toEqual({ revisePlan: { number: 1 } });
  });
});
