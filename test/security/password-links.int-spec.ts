import { TestApi, newAgency, newUser, onlyError, startTestApi } from '@samverkan/testing';

const SEND = 'mutation ($userId: ID!) { sendPasswordResetLink(userId: $userId) { email expiresAt } }';
const RESET = 'mutation ($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) }';
const SIGN_IN = 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }';
const NEW_PASSWORD = 'ett-nytt-langt-losenord-42';

describe('password links', () => {
  let api: TestApi;
  let admin: string;

  beforeAll(async () => {
    // A small per-address budget, so the throttle is reached quickly; each test comes from its own address.
    api = await startTestApi({ config: { loginMaxFailuresPerAddress: 3, trustProxy: 'loopback' } });
    admin = await api.login('admin@samverkan.example');
  });
  afterAll(() => api.close());

  let address = 0;
  const from = () => ({ 'x-forwarded-for': `198.51.100.${++address}` });

  /** A new person, and the secret of the link e-mailed to them (read from the queued e-mail). */
  async function personWithLink() {
    const agency = await newAgency(api.dataSource);
    const person = await newUser(api.dataSource, { agencyId: agency.id });
    const sent = await api.gql<{ sendPasswordResetLink: { email: string; expiresAt: string } }>(SEND, { userId: person.id }, admin);
    expect(sent.errors).toBeUndefined();
    return { person, token: await linkSecretSentTo(person.email), expiresAt: sent.data!.sendPasswordResetLink.expiresAt };
  }

  async function linkSecretSentTo(email: string): Promise<string> {
    const [message]: { payload: { text: string; subject: string } }[] = await api.dataSource.query(
      `SELECT payload FROM outbox_messages WHERE job_name = 'send-email' AND payload->'to' ? $1 AND payload->>'messageId' LIKE '<password-link.%' ORDER BY created_at DESC LIMIT 1`,
      [email],
    );
    const match = /\/nytt-losenord\?token=([A-Za-z0-9_-]+)/.exec(message!.payload.text);
    return match![1]!;
  }

  const signIn = (email: string, password: string) =>
    fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SIGN_IN, variables: { e: email, p: password } }) });

  it('e-mails a link that works once for 24 hours, stores only its hash, and ends the sessions of the person', async () => {
    const { person, token, expiresAt } = await personWithLink();
    const hoursValid = (new Date(expiresAt).getTime() - Date.now()) / 3600_000;
    expect(hoursValid).toBeGreaterThan(23.9);
    expect(hoursValid).toBeLessThanOrEqual(24);
    const [stored] = await api.dataSource.query(`SELECT count(*)::int AS n FROM password_reset_tokens WHERE token_hash = $1`, [token]);
    expect(stored.n).toBe(0);
    const oldSession = (await signIn(person.email, 'factory-password-1234')).headers.getSetCookie()[0]!.split(';')[0]!;

    const reset = await api.gql(RESET, { token, newPassword: NEW_PASSWORD }, null, from());
    expect(reset.errors).toBeUndefined();
    expect(reset.data).toEqual({ resetPassword: true });

    const me = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', cookie: oldSession }, body: JSON.stringify({ query: '{ me { id } }' }) });
    expect(((await me.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect((await signIn(person.email, NEW_PASSWORD)).headers.getSetCookie()).toHaveLength(1);

    const again = onlyError(await api.gql(RESET, { token, newPassword: 'ett-annat-langt-losenord-7' }, null, from()));
    expect(again.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PASSWORD_LINK_INVALID', field: 'token' });
  });

  it('refuses a password that breaks the rules on its field, and an expired link', async () => {
    const { token } = await personWithLink();
    const weak = onlyError(await api.gql(RESET, { token, newPassword: 'kort' }, null, from()));
    expect(weak.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD', field: 'newPassword' });
    await api.dataSource.query(`UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`);
    const expired = onlyError(await api.gql(RESET, { token, newPassword: NEW_PASSWORD }, null, from()));
    expect(expired.extensions).toMatchObject({ reason: 'PASSWORD_LINK_INVALID', field: 'token' });
  });

  it('replaces an unused link with a newer one', async () => {
    const { person, token: first } = await personWithLink();
    await api.gql(SEND, { userId: person.id }, admin);
    const second = await linkSecretSentTo(person.email);
    expect(second).not.toBe(first);
    expect(onlyError(await api.gql(RESET, { token: first, newPassword: NEW_PASSWORD }, null, from())).extensions?.reason).toBe('PASSWORD_LINK_INVALID');
    expect((await api.gql(RESET, { token: second, newPassword: NEW_PASSWORD }, null, from())).errors).toBeUndefined();
  });

  it('sends no link to, and takes none from, a deactivated person', async () => {
    const { person, token } = await personWithLink();
    await api.gql('mutation ($id: ID!) { updateUser(input: { id: $id, active: false }) { active } }', { id: person.id }, admin);
    expect(onlyError(await api.gql(RESET, { token, newPassword: NEW_PASSWORD }, null, from())).extensions?.reason).toBe('PASSWORD_LINK_INVALID');
    const refused = onlyError(await api.gql(SEND, { userId: person.id }, admin));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERSON_INACTIVE', field: 'userId' });
  });

  it('refuses anyone but an administrator', async () => {
    const { person } = await personWithLink();
    const coordinator = await api.login('samordnare.ag2@samverkan.example');
    expect(onlyError(await api.gql(SEND, { userId: person.id }, coordinator)).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await api.gql(SEND, { userId: person.id })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('throttles guessing from one address, even when a right link comes after', async () => {
    const { token } = await personWithLink();
    const address = from();
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(onlyError(await api.gql(RESET, { token: `guess-${attempt}`, newPassword: NEW_PASSWORD }, null, address)).extensions?.reason).toBe('PASSWORD_LINK_INVALID');
    }
    const throttled = await api.gql(RESET, { token, newPassword: NEW_PASSWORD }, null, address);
    expect(onlyError(throttled).extensions?.code).toBe('TOO_MANY_REQUESTS');
    // The link itself still works from elsewhere.
    expect((await api.gql(RESET, { token, newPassword: NEW_PASSWORD }, null, from())).errors).toBeUndefined();
  });
});
