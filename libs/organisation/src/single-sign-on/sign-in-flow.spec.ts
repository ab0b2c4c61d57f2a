import { SIGN_IN_FLOW_TTL_MS, SignInFlow, SignInFlowSeal, sameSiteReturnPath } from './sign-in-flow';

const flow: SignInFlow = { state: 's', nonce: 'n', codeVerifier: 'v', returnTo: '/atgarder/1', expiresAt: Date.now() + SIGN_IN_FLOW_TTL_MS };

describe('the single sign-on flow cookie', () => {
  const seal = new SignInFlowSeal('x'.repeat(32));

  it('opens what it sealed, and hides the verifier from whoever holds the cookie', () => {
    const sealed = seal.seal(flow);
    expect(seal.open(sealed)).toEqual(flow);
    expect(Buffer.from(sealed, 'base64url').toString('latin1')).not.toContain('"codeVerifier"');
  });

  it('refuses an altered, foreign, truncated or expired value', () => {
    const sealed = Buffer.from(seal.seal(flow), 'base64url');
    sealed[sealed.length - 1] ^= 1;
    expect(seal.open(sealed.toString('base64url'))).toBeNull();
    expect(new SignInFlowSeal('y'.repeat(32)).open(seal.seal(flow))).toBeNull();
    expect(seal.open('abc')).toBeNull();
    expect(seal.open(seal.seal(flow), flow.expiresAt)).toBeNull();
  });
});

describe('the return path after single sign-on', () => {
  it.each([
    ['/plan/1/oversikt?ar=2020', '/plan/1/oversikt?ar=2020'],
    ['/', '/'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/', '/'],
    ['evil', '/'],
    ['/logga-in?tillbaka=/x', '/'],
    ['/a\nb', '/'],
    [undefined, '/'],
    [['/a', '/b'], '/'],
  ])('%j → %s', (requested, expected) => {
    expect(sameSiteReturnPath(requested)).toBe(expected);
  });
});
