/**
 * Single sign-on in Chromium against a real OpenID provider (oidc-provider on
 * 127.0.0.1, a public client that must use PKCE): the person signs in at the
 * provider and lands back signed in where they were going; a wrong state, a
 * replayed code, a provider error, an ended session at the provider and an
 * unknown or deactivated person are each handled as they must be. Every page
 * of the service visited has zero axe violations (the provider's development
 * pages are not ours and are not checked).
 */
import { Cookie, Page, Request } from 'playwright-core';
import { TestBrowser, expectNoAxeViolations, launchBrowser } from './support/browser';
import { TestIdentityProvider, freePort, startIdentityProvider } from './support/identity-provider';
import { signOut as signOutThroughMenu } from './support/pages';
import { WebStack, startWebStack } from './support/web-stack';

const COORDINATOR = 'samordnare.ag2@samverkan.example';
const SSO_BUTTON = 'Logga in med din myndighets konto';

describe('single sign-on with the agency\'s account', () => {
  let idp: TestIdentityProvider;
  let stack: WebStack;
  let browser: TestBrowser;
  let page: Page;
  const callbacks: string[] = [];
  const authorizationRequests: string[] = [];

  beforeAll(async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const redirectUrl = `${origin}/auth/oidc/callback`;
    idp = await startIdentityProvider({ redirectUri: redirectUrl });
    stack = await startWebStack({
      port,
      config: {
        publicUrl: origin,
        oidc: { jwksUrl: `${idp.issuer}/jwks`, issuer: idp.issuer, audience: idp.clientId, userClaim: 'email', jwksCacheSeconds: 600 },
        oidcSignIn: { issuer: idp.issuer, clientId: idp.clientId, clientSecret: null, redirectUrl, scopes: 'openid email', userClaim: 'email' },
      },
    });
    browser = await launchBrowser(stack.origin);
    page = await browser.newPage();
    page.on('request', (request: Request) => {
      const url = new URL(request.url());
      if (url.origin === stack.origin && url.pathname === '/auth/oidc/callback') callbacks.push(request.url());
      if (url.origin === idp.issuer && url.pathname === '/auth') authorizationRequests.push(request.url());
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    await idp?.close();
  }, 60_000);

  const openSessions = async (): Promise<number> => {
    const [{ open }] = await stack.api.dataSource.query(`SELECT count(*)::int AS open FROM sessions WHERE ended_at IS NULL AND expires_at > now()`);
    return open as number;
  };

  const flowCookie = async (): Promise<Cookie | undefined> => (await browser.context.cookies()).find((cookie) => cookie.name === 'samverkan_sso');

  /** The provider's development sign-in page: any password; then its consent page. */
  const signInAtProvider = async (login: string): Promise<void> => {
    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
  };

  const endProviderSession = async (): Promise<void> => {
    for (const name of idp.sessionCookieNames) await browser.context.clearCookies({ name });
  };

  const signOut = async (): Promise<void> => {
    await signOutThroughMenu(page, 'Elin Forsberg');
    await page.getByText('Du är utloggad.').waitFor();
  };

  let firstCallback: string;
  let firstFlow: Cookie;

  it('offers the agency account on the sign-in page and lands back signed in where the person was going', async () => {
    await page.goto('/ingen/sadan/sida?x=1');
    await page.waitForURL(/\/logga-in\?/);
    const button = page.getByRole('link', { name: SSO_BUTTON });
    await button.waitFor();
    await expectNoAxeViolations(page, 'sign-in with single sign-on offered');
    await button.click();
    await page.waitForURL((url) => url.origin === idp.issuer);
    firstFlow = (await flowCookie())!;
    expect(firstFlow).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/auth/oidc' });
    const authorization = new URL(authorizationRequests.at(-1)!);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('redirect_uri')).toBe(`${stack.origin}/auth/oidc/callback`);
    await signInAtProvider(COORDINATOR);
    await page.waitForURL((url) => url.origin === stack.origin && url.pathname === '/ingen/sadan/sida' && url.search === '?x=1');
    await page.getByRole('heading', { level: 1, name: 'Sidan finns inte' }).waitFor();
    await page.getByRole('button', { name: 'Meny för Elin Forsberg' }).waitFor();
    await expectNoAxeViolations(page, 'signed in by single sign-on');
    firstCallback = callbacks.at(-1)!;
    expect(await flowCookie()).toBeUndefined();
    const session = (await browser.context.cookies()).find((cookie) => cookie.name === 'samverkan_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    const audit = await stack.api.dataSource.query(`SELECT outcome, entity_type FROM audit_log WHERE action = 'session.signInWithProvider'`);
    expect(audit).toEqual([{ outcome: 'SUCCEEDED', entity_type: 'Session' }]);
  });

  it('signs in again without a question while the session at the provider lasts', async () => {
    await signOut();
    await page.goto('/logga-in');
    await page.getByRole('link', { name: SSO_BUTTON }).click();
    await page.waitForURL((url) => url.origin === stack.origin && url.pathname === '/');
    await page.getByRole('button', { name: 'Meny för Elin Forsberg' }).waitFor();
    expect(callbacks.at(-1)).not.toBe(firstCallback);
  });

  // oidc-provider answers a reused code by also revoking what was issued with it, which ends the grant there.
  it('refuses a replayed code, even with the flow it was issued to', async () => {
    await signOut();
    await browser.context.addCookies([firstFlow]);
    await page.goto(firstCallback);
    await page.waitForURL(/\/logga-in\?sso=misslyckades/);
    await page.getByRole('alert').getByText('Inloggningen hos din myndighet kunde inte godkännas.').waitFor();
    expect(new URL(page.url()).searchParams.get('tillbaka')).toBe('/ingen/sadan/sida?x=1');
    expect(await openSessions()).toBe(0);
    await expectNoAxeViolations(page, 'sign-in after a replayed code');
    // Without the flow cookie the same answer is not even looked at.
    await page.goto(firstCallback);
    await page.waitForURL(/\/logga-in\?sso=ogiltigt-svar/);
    expect(await openSessions()).toBe(0);
  });

  it('asks the person to sign in at the provider again when the session there has ended, and refuses a wrong state', async () => {
    await endProviderSession();
    await page.goto('/logga-in?tillbaka=%2Faviseringar');
    await page.getByRole('link', { name: SSO_BUTTON }).click();
    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.locator('input[name="login"]').waitFor();
    expect(await openSessions()).toBe(0);

    // An answer that does not carry the state this browser's sign-in was started with.
    await page.goto('/auth/oidc/callback?code=made-up&state=not-the-state');
    await page.waitForURL(/\/logga-in\?sso=ogiltigt-svar/);
    await page.getByRole('alert').getByText(/svaret inte hörde till en inloggning som påbörjats här/).waitFor();
    await expectNoAxeViolations(page, 'sign-in after a wrong state');
    expect(await openSessions()).toBe(0);

    await page.goto('/logga-in?tillbaka=%2Faviseringar');
    await page.getByRole('link', { name: SSO_BUTTON }).click();
    await signInAtProvider(COORDINATOR);
    await page.waitForURL((url) => url.origin === stack.origin && url.pathname === '/aviseringar');
    await page.getByRole('button', { name: 'Meny för Elin Forsberg' }).waitFor();
    await signOut();
  });

  it('says so when the person cancels at the provider', async () => {
    await endProviderSession();
    await page.goto('/logga-in');
    await page.getByRole('link', { name: SSO_BUTTON }).click();
    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.getByRole('link', { name: '[ Cancel ]' }).click();
    await page.waitForURL(/\/logga-in\?sso=avbruten/);
    await page.getByRole('alert').getByText('Inloggningen hos din myndighet avbröts.', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'sign-in after cancelling at the provider');
    expect(await openSessions()).toBe(0);
  });

  it('refuses a person the provider knows but who has no account here, or a deactivated one, and creates no account', async () => {
    const [{ people }] = await stack.api.dataSource.query(`SELECT count(*)::int AS people FROM users`);
    for (const login of ['okand.person@annan-myndighet.example', 'medlem.ag2.af@samverkan.example']) {
      if (login.startsWith('medlem')) await stack.api.dataSource.query(`UPDATE users SET active = false WHERE email = $1`, [login]);
      await endProviderSession();
      await page.goto('/logga-in');
      await page.getByRole('link', { name: SSO_BUTTON }).click();
      await signInAtProvider(login);
      await page.waitForURL(/\/logga-in\?sso=okand-person/);
      await page.getByRole('alert').getByText(/du har inget aktivt konto i Samverkan/).waitFor();
      await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
      await expectNoAxeViolations(page, `sign-in refused for ${login}`);
      expect(await openSessions()).toBe(0);
    }
    const [{ people: after }] = await stack.api.dataSource.query(`SELECT count(*)::int AS people FROM users`);
    expect(after).toBe(people);
    const refusals = await stack.api.dataSource.query(
      `SELECT outcome, actor_id, failure->>'reason' AS reason FROM audit_log WHERE action = 'session.signInWithProvider' AND outcome <> 'SUCCEEDED'`,
    );
    expect(refusals).toEqual([
      { outcome: 'REFUSED', actor_id: null, reason: 'UNKNOWN_PERSON' },
      { outcome: 'REFUSED', actor_id: null, reason: 'UNKNOWN_PERSON' },
    ]);
  });
});
