import { TestApi, startTestApi } from '@samverkan/testing';

describe('language of a person', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('is Swedish until the person chooses English, and is remembered for them only', async () => {
    const member = await api.login('medlem.ag3@samverkan.example');
    const other = await api.login('samordnare.ag3@samverkan.example');
    expect((await api.gql('{ me { language } }', {}, member)).data).toEqual({ me: { language: 'SV' } });
    expect((await api.gql('mutation { setMyLanguage(language: EN) { language } }', {}, member)).data).toEqual({ setMyLanguage: { language: 'EN' } });
    expect((await api.gql('{ me { language } }', {}, await api.login('medlem.ag3@samverkan.example'))).data).toEqual({ me: { language: 'EN' } });
    expect((await api.gql('{ me { language } }', {}, other)).data).toEqual({ me: { language: 'SV' } });
    const [audit] = await api.dataSource.query(`SELECT before, after FROM audit_log WHERE action = 'user.setLanguage'`);
    expect(audit).toEqual({ before: { language: 'SV' }, after: { language: 'EN' } });
  });

  it("tells a person of a new membership in their language, with a link to the group's work", async () => {
    const admin = await api.login('admin@samverkan.example');
    const { data } = await api.gql<{ groups: { id: string; number: number; plan: { id: string } }[]; users: { nodes: { id: string; email: string }[] } }>(
      '{ groups(kind: WORKING) { id number plan { id } } users(first: 100) { nodes { id email } } }',
      {},
      admin,
    );
    const group = data!.groups.find((g) => g.number === 2)!;
    const userId = (email: string) => data!.users.nodes.find((u) => u.email === email)!.id;
    const english = await api.login('representant.af@samverkan.example');
    await api.gql('mutation { setMyLanguage(language: EN) { language } }', {}, english);
    const add = async (email: string) => {
      const response = await api.gql<{ addMembership: { id: string } }>(
        'mutation ($g: ID!, $u: ID!) { addMembership(input: { groupId: $g, userId: $u, role: MEMBER }) { id } }',
        { g: group.id, u: userId(email) },
        admin,
      );
      const [message] = await api.dataSource.query(`SELECT payload FROM outbox_messages WHERE payload->>'messageId' = $1`, [`<membership-added.${response.data!.addMembership.id}@samverkan>`]);
      return message.payload as { subject: string; text: string };
    };
    const link = `/plan/${group.plan.id}/handlingsplan?grupp=${group.id}`;
    const swedish = await add('representant.fk@samverkan.example');
    expect(swedish.subject).toMatch(/^Samverkan: du är nu medlem i /);
    expect(swedish.text).toContain(`Se gruppens arbete i Samverkan: ${link}`);
    const inEnglish = await add('representant.af@samverkan.example');
    expect(inEnglish.subject).toMatch(/^Samverkan: you are now member of /);
    expect(inEnglish.text).toContain(`See the group's work in Samverkan: ${link}`);
  });

  it('refuses a language it does not have, changing nothing', async () => {
    const token = await api.login('medlem.ag1.af@samverkan.example');
    const response = await api.gql('mutation { setMyLanguage(language: DE) { language } }', {}, token);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await api.gql('{ me { language } }', {}, token)).data).toEqual({ me: { language: 'SV' } });
  });
});
