import { TestApi, onlyError, snapshotTables, startTestApi } from '@samverkan/testing';

const SET = 'mutation ($a: ID!, $u: String) { setReportCopyEndpoint(input: { agencyId: $a, url: $u }) { url } }';

describe('report-copy webhooks cannot be aimed inside our network', () => {
  let api: TestApi;
  let admin: string;
  let agencyId: string;

  beforeAll(async () => {
    api = await startTestApi({ config: { webhookAllowPrivateAddresses: false } });
    admin = await api.login('admin@samverkan.example');
    agencyId = (await api.dataSource.query(`SELECT id FROM agencies WHERE code = 'JAMY'`))[0].id;
  });
  afterAll(() => api.close());

  it.each([
    'http://127.0.0.1:3000/metrics',
    'https://169.254.169.254/latest/meta-data/',
    'https://localhost/copies',
    'https://10.1.2.3/copies',
    'https://192.168.0.10/copies',
    'https://172.20.0.5/copies',
    'https://[::1]/copies',
    'https://[fe80::1]/copies',
    'https://[::ffff:127.0.0.1]/copies',
    'https://0.0.0.0/copies',
  ])('refuses %s with BAD_USER_INPUT on input.url, writing nothing', async (url) => {
    const before = await snapshotTables(api.dataSource);
    const error = onlyError(await api.gql(SET, { a: agencyId, u: url }, admin));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it('accepts a public HTTPS address', async () => {
    const response = await api.gql(SET, { a: agencyId, u: 'https://dms.jamy.example/copies' }, admin);
    expect(response.errors).toBeUndefined();
  });
});
