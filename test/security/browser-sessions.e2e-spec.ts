import { DEMO_PASSWORD } from '@samverkan/seed';
import { TestApi, onlyError, startTestApi } from '@samverkan/testing';

const SIGN_IN = 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt user { email } } }';
const ME = '{ me { email } }';

interface CookieResponse {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions: { code: string; reason?: string } }[] };
  setCookies: string[];
}

/** The browser's side: JSON POSTs (non-simple, as the web client sends them) carrying only the session cookie. */
async function post(api: TestApi, query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<CookieResponse> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as CookieResponse['body'], setCookies: response.headers.getSetCookie() };
}

/** Signs in and returns the Cookie header a browser would send back. */
async function signIn(api: TestApi, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await post(api, SIGN_IN, { e: email, p: password });
  if (!response.body.data) throw new Error(`signIn as ${email} failed: ${JSON.stringify(response.body.errors)}`);
  return response.setCookies[0]!.split(';')[0]!;
}

const errorOf = (response: CookieResponse) => response.body.errors?.[0]?.extensions;

describe('browser sessions (cookie)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ config: { loginMaxFailuresPerAccount: 3 } });
  });
  afterAll(() => api.close());

  const sessionOf = async (cookie: string) => {
    const rows: { id: string; last_seen_at: Date; ended_at: Date | null }[] = await api.dataSource.query(
      `SELECT id, last_seen_at, ended_at FROM sessions WHERE secret_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
      [cookie.split('=')[1]],
    );
    return rows[0]!;
  };

  it('sets an HttpOnly, SameSite=Strict cookie and never puts the secret in the body', async () => {
    const response = await post(api, SIGN_IN, { e: 'styrgrupp.fk@samverkan.example', p: DEMO_PASSWORD });
    expect(response.body.errors).toBeUndefined();
    expect(response.setCookies).toHaveLength(1);
    const [pair, ...attributes] = response.setCookies[0]!.split(';').map((part) => part.trim());
    const secret = pair!.split('=')[1]!;
    expect(pair).toMatch(/^samverkan_session=[A-Za-z0-9_-]{43}$/);
    expect(attributes).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Strict']));
    expect(attributes).not.toContain('Secure');
    expect(JSON.stringify(response.body)).not.toContain(secret);
    const expiresAt = new Date((response.body.data!.signIn as { expiresAt: string }).expiresAt).getTime();
    expect(expiresAt - Date.now()).toBeGreaterThan(11.9 * 3600_000);
    expect(expiresAt - Date.now()).toBeLessThanOrEqual(12 * 3600_000);
    // Only the hash is stored.
    const [stored] = await api.dataSource.query(`SELECT count(*)::int AS n FROM sessions WHERE secret_hash = $1`, [secret]);
    expect(stored.n).toBe(0);
  });

  it('marks the cookie Secure in production', async () => {
    const production = await startTestApi({ seed: true, config: { nodeEnv: 'production', graphqlIntrospection: false, graphqlPlayground: false } });
    try {
      const response = await post(production, SIGN_IN, { e: 'styrgrupp.fk@samverkan.example', p: DEMO_PASSWORD });
      expect(response.setCookies[0]).toMatch(/; Secure/);
    } finally {
      await production.close();
    }
  });

  it('acts as the person with the cookie alone, and refuses wrong credentials as login does', async () => {
    const cookie = await signIn(api, 'samordnare.ag3@samverkan.example');
    expect((await post(api, ME, {}, cookie)).body).toEqual({ data: { me: { email: 'samordnare.ag3@samverkan.example' } } });
    const wrong = await post(api, SIGN_IN, { e: 'admin@samverkan.example', p: 'wrong-password-123' });
    const unknown = await post(api, SIGN_IN, { e: 'nobody@samverkan.example', p: 'wrong-password-123' });
    expect(errorOf(wrong)?.code).toBe('UNAUTHENTICATED');
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.setCookies).toEqual([]);
  });

  it('refuses cookie requests that a browser could send from another site without a preflight (CSRF)', async () => {
    const cookie = await signIn(api, 'representant.fk@samverkan.example');
    const simplePost = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(simplePost.status).toBe(400);
    expect(await simplePost.text()).toMatch(/CSRF|preflight/i);
    const formPost = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: 'query=mutation%20%7B%20signOut%20%7D',
    });
    expect(formPost.status).toBe(400);
    const getQuery = await fetch(`${api.url}?query=${encodeURIComponent(ME)}`, { headers: { cookie } });
    expect(getQuery.status).toBe(400);
    expect(await getQuery.text()).not.toContain('representant.fk');
    // The session was not ended by the refused sign-out, and a GET with the preflight header is served.
    const preflighted = await fetch(`${api.url}?query=${encodeURIComponent(ME)}`, { headers: { cookie, 'apollo-require-preflight': 'true' } });
    expect(await preflighted.json()).toEqual({ data: { me: { email: 'representant.fk@samverkan.example' } } });
  });

  it('ends a session idle longer than SESSION_IDLE_MINUTES with reason SESSION_EXPIRED, and clears the cookie', async () => {
    const cookie = await signIn(api, 'medlem.ag3@samverkan.example');
    const { id } = await sessionOf(cookie);
    await api.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '59 minutes' WHERE id = $1`, [id]);
    expect((await post(api, ME, {}, cookie)).body.errors).toBeUndefined();
    await api.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '61 minutes' WHERE id = $1`, [id]);
    const expired = await post(api, ME, {}, cookie);
    expect(errorOf(expired)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' });
    expect(expired.setCookies[0]).toMatch(/^samverkan_session=;.*Expires=Thu, 01 Jan 1970/);
  });

  it('ends a session after SESSION_MAX_HOURS however active it is', async () => {
    const cookie = await signIn(api, 'medlem.ag3@samverkan.example');
    const { id } = await sessionOf(cookie);
    await api.dataSource.query(`UPDATE sessions SET created_at = now() - interval '12 hours', expires_at = now() - interval '1 second', last_seen_at = now() WHERE id = $1`, [id]);
    expect(errorOf(await post(api, ME, {}, cookie))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' });
  });

  it('moves last-seen on at most once a minute', async () => {
    const cookie = await signIn(api, 'medlem.ag3@samverkan.example');
    const { id } = await sessionOf(cookie);
    await api.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '30 seconds' WHERE id = $1`, [id]);
    const recent = (await sessionOf(cookie)).last_seen_at;
    await post(api, ME, {}, cookie);
    expect((await sessionOf(cookie)).last_seen_at).toEqual(recent);
    await api.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '30 minutes' WHERE id = $1`, [id]);
    await post(api, ME, {}, cookie);
    expect(Date.now() - (await sessionOf(cookie)).last_seen_at.getTime()).toBeLessThan(60_000);
  });

  it('signs out on the server: the cookie is cleared and the old one refused afterwards', async () => {
    const cookie = await signIn(api, 'styrgrupp.af@samverkan.example');
    const out = await post(api, 'mutation { signOut }', {}, cookie);
    expect(out.body).toEqual({ data: { signOut: true } });
    expect(out.setCookies[0]).toMatch(/^samverkan_session=;/);
    expect((await sessionOf(cookie)).ended_at).not.toBeNull();
    const after = await post(api, ME, {}, cookie);
    expect(errorOf(after)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'NOT_AUTHENTICATED' });
    const audit = await api.dataSource.query(`SELECT action, entity_type FROM audit_log WHERE action IN ('session.signIn', 'session.signOut') AND entity_id = $1 ORDER BY id`, [
      (await sessionOf(cookie)).id,
    ]);
    expect(audit).toEqual([
      { action: 'session.signIn', entity_type: 'Session' },
      { action: 'session.signOut', entity_type: 'Session' },
    ]);
  });

  it('ends every other session on a password change but keeps the current one', async () => {
    const email = 'samordnare.ag1@samverkan.example';
    const current = await signIn(api, email);
    const other = await signIn(api, email);
    const token = await api.login(email);
    const changed = await post(api, 'mutation { changePassword(currentPassword: "Samverkan-demo-2019", newPassword: "korp tegel vinäger sessions") { user { email } } }', {}, current);
    expect(changed.body.errors).toBeUndefined();
    expect((await post(api, ME, {}, current)).body.data).toEqual({ me: { email } });
    expect(errorOf(await post(api, ME, {}, other))?.code).toBe('UNAUTHENTICATED');
    expect(onlyError(await api.gql(ME, {}, token)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('throttles signIn like login, counting both', async () => {
    const email = 'representant.mv@samverkan.example';
    await post(api, SIGN_IN, { e: email, p: 'wrong-password-1' });
    await api.gql('mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: email, p: 'wrong-password-2' });
    await post(api, SIGN_IN, { e: email, p: 'wrong-password-3' });
    const throttled = await post(api, SIGN_IN, { e: email, p: DEMO_PASSWORD });
    expect(errorOf(throttled)?.code).toBe('TOO_MANY_REQUESTS');
    expect(throttled.setCookies).toEqual([]);
  });

  it('ends the sessions of a deactivated person', async () => {
    const cookie = await signIn(api, 'medlem.ag1.af@samverkan.example');
    const me = await post(api, '{ me { id } }', {}, cookie);
    const admin = await api.login('admin@samverkan.example');
    const deactivate = await api.gql('mutation ($id: ID!) { updateUser(input: { id: $id, active: false }) { active } }', { id: (me.body.data!.me as { id: string }).id }, admin);
    expect(deactivate.errors).toBeUndefined();
    expect((await sessionOf(cookie)).ended_at).not.toBeNull();
    expect(errorOf(await post(api, ME, {}, cookie))?.code).toBe('UNAUTHENTICATED');
  });

  it('accepts the cookie for downloads, and refuses an ended one', async () => {
    const cookie = await signIn(api, 'styrgrupp.fk@samverkan.example');
    const { data } = await api.gql<{ plans: { id: string }[] }>('{ plans { id } }', {}, await api.login('styrgrupp.fk@samverkan.example'));
    const download = `${api.url.replace(/\/graphql$/, '/exports/action-items.csv')}?planId=${data!.plans[0]!.id}`;
    expect((await fetch(download, { headers: { cookie } })).status).toBe(200);
    await post(api, 'mutation { signOut }', {}, cookie);
    expect((await fetch(download, { headers: { cookie } })).status).toBe(401);
  });
});
