import { TestApi } from '@samverkan/testing';
import { SeededPlan, createItem, ok, startPlanApi } from './plan-fixture';

/**
 * What an administrator changes in a plan's make-up besides adding to it: a perspective's
 * name and description, a supporting agency leaving a group, an agency leaving the plan
 * (refused while anything in the plan still names it). Each change is audited with its
 * before and after; a refusal writes nothing.
 */
describe('plan structure: changing and removing', () => {
  let api: TestApi;
  let plan: SeededPlan;

  const UPDATE_PERSPECTIVE = 'mutation ($input: UpdatePerspectiveInput!) { updatePerspective(input: $input) { id code title description } }';
  const REMOVE_SUPPORT = 'mutation ($input: GroupSupportKeyInput!) { removeGroupSupport(input: $input) { groupId agencyId contribution } }';
  const REMOVE_PLAN_AGENCY = 'mutation ($input: PlanAgencyKeyInput!) { removePlanAgency(input: $input) { planId agencyId role } }';
  const lastAudit = async (action: string) =>
    (await api.dataSource.query('SELECT entity_id, before, after FROM audit_log WHERE action = $1 AND outcome = $2 ORDER BY id DESC LIMIT 1', [action, 'SUCCEEDED']))[0];
  const count = async (table: string) => (await api.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  beforeAll(async () => {
    ({ api, plan } = await startPlanApi());
  });
  afterAll(() => api.close());

  it('changes a perspective’s name and description; its code stays', async () => {
    const id = plan.perspective.CHILDREN_AT_RISK!;
    const { updatePerspective } = ok(
      await api.gql<{ updatePerspective: { code: string; title: string; description: string } }>(
        UPDATE_PERSPECTIVE,
        { input: { id, title: 'Barn som far illa eller riskerar att fara illa', description: 'Barnets situation när en förälder utsätts för våld.' } },
        plan.token.admin,
      ),
    );
    expect(updatePerspective).toEqual({ id, code: 'CHILDREN_AT_RISK', title: 'Barn som far illa eller riskerar att fara illa', description: 'Barnets situation när en förälder utsätts för våld.' });
    const audit = await lastAudit('perspective.update');
    expect(audit.entity_id).toBe(id);
    expect(audit.before.title).toBe('Barn som far illa');
    expect(audit.after.title).toBe('Barn som far illa eller riskerar att fara illa');
  });

  it('refuses an empty name for a perspective, naming the field, and writes nothing', async () => {
    const before = await api.dataSource.query('SELECT title FROM perspectives WHERE id = $1', [plan.perspective.CHILDREN_AT_RISK]);
    const refused = await api.gql(UPDATE_PERSPECTIVE, { input: { id: plan.perspective.CHILDREN_AT_RISK, title: '' } }, plan.token.admin);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
    expect(await api.dataSource.query('SELECT title FROM perspectives WHERE id = $1', [plan.perspective.CHILDREN_AT_RISK])).toEqual(before);
  });

  it('lets a supporting agency leave a group, and says NOT_FOUND the second time', async () => {
    const input = { groupId: plan.group[1], agencyId: plan.agency.SOS };
    const { removeGroupSupport } = ok(await api.gql<{ removeGroupSupport: { contribution: string } }>(REMOVE_SUPPORT, { input }, plan.token.admin));
    expect(removeGroupSupport).toEqual({ ...input, contribution: 'Kunskapsstöd och kvalitetssäkring' });
    const { group } = ok(await api.gql<{ group: { supports: { agencyId: string }[] } }>('query ($id: ID!) { group(id: $id) { supports { agencyId } } }', { id: plan.group[1] }, plan.token.admin));
    expect(group.supports).toEqual([]);
    expect((await lastAudit('group.removeSupport')).after).toBeNull();
    const again = await api.gql(REMOVE_SUPPORT, { input }, plan.token.admin);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.agencyId' });
  });

  it('refuses to let an agency leave the plan while items, goals or groups in it still name it, and writes nothing', async () => {
    await createItem(api, plan, { title: 'Leds av Försäkringskassan' });
    const before = await count('plan_agencies');
    const audits = await count('audit_log');
    const refused = await api.gql(REMOVE_PLAN_AGENCY, { input: { planId: plan.planId, agencyId: plan.agency.FK } }, plan.token.admin);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.agencyId', reason: 'AGENCY_IN_USE' });
    expect(refused.errors?.[0]?.message).toMatch(/items it leads.*goals.*groups it coordinates/);
    expect(await count('plan_agencies')).toBe(before);
    // Only the refusal's own audit row is written.
    expect(await count('audit_log')).toBe(audits + 1);
  });

  it('lets an agency that nothing in the plan names leave it', async () => {
    const { createAgency } = ok(
      await api.gql<{ createAgency: { id: string } }>('mutation { createAgency(input: { code: "LST", nameSv: "Länsstyrelsen", nameEn: "County Administrative Board" }) { id } }', {}, plan.token.admin),
    );
    const input = { planId: plan.planId, agencyId: createAgency.id };
    ok(await api.gql('mutation ($input: SetPlanAgencyInput!) { setPlanAgency(input: $input) { planId } }', { input: { ...input, role: 'PARTNER' } }, plan.token.admin));
    const { removePlanAgency } = ok(await api.gql<{ removePlanAgency: unknown }>(REMOVE_PLAN_AGENCY, { input }, plan.token.admin));
    expect(removePlanAgency).toEqual({ ...input, role: 'PARTNER' });
    const { plan: after } = ok(await api.gql<{ plan: { agencies: { agencyId: string }[] } }>('query ($id: ID!) { plan(id: $id) { agencies { agencyId } } }', { id: plan.planId }, plan.token.admin));
    expect(after.agencies.map((participant) => participant.agencyId)).not.toContain(createAgency.id);
    expect((await lastAudit('plan.removeAgency')).before).toMatchObject({ role: 'PARTNER' });
  });
});
