import { hash } from 'bcryptjs';
import { TestApi, newUser, onlyError, startTestApi } from '@samverkan/testing';

const ADMIN = 'admin@samverkan.example';
const LOGIN = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }';

describe('password rules against bcrypt and predictable passwords', () => {
  let api: TestApi;
  let admin: string;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.login(ADMIN);
  });
  afterAll(() => api.close());

  it('refuses a new password longer than the 72 bytes bcrypt reads, and a keyboard walk', async () => {
    const [agency] = await api.dataSource.query(`SELECT id FROM agencies WHERE code = 'FK'`);
    const create = 'mutation ($p: String!, $e: String!, $a: ID!) { createUser(input: { email: $e, displayName: "Lång Lösen", agencyId: $a, roles: [], password: $p }) { id } }';
    for (const [password, email] of [
      ['korp tegel vinäger '.repeat(4), 'long.chars@test.example'],
      ['qwertyuiopasdf', 'walk@test.example'],
    ]) {
      const error = onlyError(await api.gql(create, { p: password, e: email, a: agency.id }, admin));
      expect([password, error.extensions?.code, error.extensions?.field]).toEqual([password, 'BAD_USER_INPUT', 'input.password']);
    }
  });

  it('does not let the first 72 bytes of a longer stored password log in with another ending', async () => {
    const [agency] = await api.dataSource.query(`SELECT id FROM agencies WHERE code = 'FK'`);
    const long = `${'korp tegel vinäger '.repeat(4)}slut`;
    const person = await newUser(api.dataSource, { agencyId: agency.id, passwordHash: await hash(long, 4) });
    const sameStart = `${Buffer.from(long).subarray(0, 72).toString('utf8')}något helt annat`;
    expect(onlyError(await api.gql(LOGIN, { e: person.email, p: sameStart })).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
