import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainException, ErrorKind } from '@samverkan/common';
import { APP_CONFIG, AppConfig, OidcSignInConfig } from '@samverkan/config';
import * as oidc from 'openid-client';
import { LoginOrigin, SessionService, SignedIn } from '../session/session.service';
import { SIGN_IN_FLOW_TTL_MS, SignInFlowSeal, sameSiteReturnPath } from './sign-in-flow';

/**
 * Why a single sign-on did not sign anyone in, as the sign-in page's address
 * says it (`/logga-in?sso=<reason>`), so the page can explain it in the
 * person's language.
 */
export type SingleSignOnRefusal =
  /** The provider vouched for someone who is not registered here, or is deactivated. */
  | 'okand-person'
  /** The answer does not belong to a sign-in this browser started (wrong or missing state, or it expired). */
  | 'ogiltigt-svar'
  /** The provider answered with an error, e.g. the person cancelled. */
  | 'avbruten'
  /** The code could not be exchanged or the ID token was not valid (a replayed code, a forged token). */
  | 'misslyckades'
  /** The provider could not be reached. */
  | 'ej-tillganglig';

export class SingleSignOnRefused extends Error {
  constructor(
    readonly reason: SingleSignOnRefusal,
    readonly returnTo: string,
    message: string,
  ) {
    super(message);
  }
}

/** The routes of an api without OIDC_CLIENT_ID: not there (404). */
export class SingleSignOnNotConfigured extends DomainException<'SINGLE_SIGN_ON_NOT_CONFIGURED'> {
  constructor() {
    super('SINGLE_SIGN_ON_NOT_CONFIGURED', ErrorKind.NOT_FOUND, 'Single sign-on is not configured');
  }
}

/** Leaving for the provider: where to send the browser, and the sealed flow for its cookie. */
export interface SignInDeparture {
  authorizationUrl: string;
  sealedFlow: string;
}

const DISCOVERY_TIMEOUT_SECONDS = 5;

/**
 * Signing in from a browser at the agencies' identity provider: the
 * authorization code flow with PKCE, state and nonce (openid-client). The
 * person is matched by OIDC_USER_CLAIM and signed in by SessionService like a
 * password sign-in; unknown and deactivated people are refused.
 */
@Injectable()
export class SingleSignOnService {
  private readonly logger = new Logger('SingleSignOn');
  private readonly settings: OidcSignInConfig | null;
  private readonly seal: SignInFlowSeal;
  private readonly allowHttp: boolean;
  /** The provider's metadata, discovered on first use; forgotten on failure so the next attempt tries again. */
  private provider: Promise<oidc.Configuration> | null = null;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly session: SessionService,
  ) {
    this.settings = config.oidcSignIn;
    this.seal = new SignInFlowSeal(config.jwtSecret);
    // Tests and development run a provider on http://127.0.0.1; production is https only (config checks it).
    this.allowHttp = config.nodeEnv !== 'production';
  }

  get enabled(): boolean {
    return this.settings !== null;
  }

  async depart(requestedReturn: unknown): Promise<SignInDeparture> {
    const settings = this.required();
    const returnTo = sameSiteReturnPath(requestedReturn);
    const provider = await this.providerFor(returnTo);
    const flow = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      returnTo,
      expiresAt: Date.now() + SIGN_IN_FLOW_TTL_MS,
    };
    const authorizationUrl = oidc.buildAuthorizationUrl(provider, {
      redirect_uri: settings.redirectUrl,
      scope: settings.scopes,
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(flow.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { authorizationUrl: authorizationUrl.href, sealedFlow: this.seal.seal(flow) };
  }

  /**
   * The provider's answer (the callback's query string) with the flow this
   * browser sealed when it left. Throws SingleSignOnRefused for anything but
   * a valid answer naming an active person registered here.
   */
  async arrive(query: URLSearchParams, sealedFlow: string | null, origin: LoginOrigin): Promise<SignedIn & { returnTo: string }> {
    const settings = this.required();
    const flow = sealedFlow ? this.seal.open(sealedFlow) : null;
    if (!flow || query.get('state') !== flow.state) {
      throw new SingleSignOnRefused('ogiltigt-svar', flow?.returnTo ?? '/', 'The answer belongs to no sign-in started by this browser');
    }
    if (query.has('error')) {
      throw new SingleSignOnRefused('avbruten', flow.returnTo, `The provider answered ${query.get('error')}`);
    }
    const provider = await this.providerFor(flow.returnTo);
    const callbackUrl = new URL(settings.redirectUrl);
    callbackUrl.search = query.toString();
    const identity = await this.identityFrom(provider, callbackUrl, flow, settings.userClaim);
    const email = identity[settings.userClaim];
    if (typeof email !== 'string' || email === '' || identity.email_verified === false) {
      throw new SingleSignOnRefused('okand-person', flow.returnTo, `The provider's answer has no verified ${settings.userClaim}`);
    }
    const signedIn = await this.session.signInVouchedFor(email, origin);
    if (!signedIn) throw new SingleSignOnRefused('okand-person', flow.returnTo, 'No active person registered here has that address');
    return { ...signedIn, returnTo: flow.returnTo };
  }

  /** Exchanges the code (the provider refuses one used before) and validates the ID token; the user claim from it, or else from userinfo. */
  private async identityFrom(
    provider: oidc.Configuration,
    callbackUrl: URL,
    flow: { state: string; nonce: string; codeVerifier: string; returnTo: string },
    userClaim: string,
  ): Promise<Record<string, unknown>> {
    try {
      const tokens = await oidc.authorizationCodeGrant(provider, callbackUrl, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const claims: Record<string, unknown> = { ...tokens.claims() };
      if (claims[userClaim] !== undefined) return claims;
      // Providers that follow the spec strictly give scope claims only at userinfo when an access token is issued.
      const userInfo = await oidc.fetchUserInfo(provider, tokens.access_token, String(claims.sub));
      return { ...claims, ...userInfo };
    } catch (error) {
      this.logger.warn(`Single sign-on refused: ${(error as Error).message}`);
      throw new SingleSignOnRefused('misslyckades', flow.returnTo, 'The code could not be exchanged for a valid ID token');
    }
  }

  private providerFor(returnTo: string): Promise<oidc.Configuration> {
    const settings = this.required();
    this.provider ??= oidc
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret ?? undefined,
        settings.clientSecret ? oidc.ClientSecretBasic(settings.clientSecret) : oidc.None(),
        { execute: this.allowHttp ? [oidc.allowInsecureRequests] : [], timeout: DISCOVERY_TIMEOUT_SECONDS },
      )
      .catch((error: Error) => {
        this.provider = null;
        this.logger.warn(`The identity provider ${settings.issuer} could not be reached: ${error.message}`);
        throw new SingleSignOnRefused('ej-tillganglig', returnTo, 'The identity provider could not be reached');
      });
    return this.provider.catch((error: unknown) => {
      // A shared failed discovery names the first caller's return path; keep this caller's.
      if (error instanceof SingleSignOnRefused) throw new SingleSignOnRefused(error.reason, returnTo, error.message);
      throw error;
    });
  }

  private required(): OidcSignInConfig {
    if (!this.settings) throw new SingleSignOnNotConfigured();
    return this.settings;
  }
}
