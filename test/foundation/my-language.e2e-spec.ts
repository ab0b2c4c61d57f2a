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

  it('refuses a language it does not have, changing nothing', async () => {
    const token = await api.login('medlem.ag1.af@samverkan.example');
    const response = await api.gql('mutation { setMyLanguage(language: DE) { language } }', {}, token);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await api.gql('{ me { language } }', {}, token)).data).toEqual({ me: { language: 'SV' } });
  });
});
