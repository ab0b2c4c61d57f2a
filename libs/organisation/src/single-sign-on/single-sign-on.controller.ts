import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { Public } from '@samverkan/auth';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import { CookieOptions, Request, Response } from 'express';
import { ExpressSessionCookie } from '../session/request-credentials';
import { SIGN_IN_FLOW_TTL_MS } from './sign-in-flow';
import { SingleSignOnNotConfigured, SingleSignOnRefused, SingleSignOnService } from './single-sign-on.service';

/** Holds the sealed flow between leaving for the provider and coming back. */
const FLOW_COOKIE = 'samverkan_sso';

/**
 * GET /auth/oidc/start?tillbaka=<path> sends the browser to the identity
 * provider; GET /auth/oidc/callback is where it comes back. Success sets the
 * session cookie and returns to the path; a refusal goes to the sign-in page,
 * which explains it (`/logga-in?sso=<reason>&tillbaka=<path>`).
 */
@Public()
@Controller('auth/oidc')
export class SingleSignOnController {
  private readonly secure: boolean;

  constructor(
    private readonly sso: SingleSignOnService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secure = config.nodeEnv === 'production';
  }

  @Get('start')
  async start(@Query('tillbaka') returnTo: unknown, @Res() res: Response): Promise<void> {
    this.assertEnabled();
    res.setHeader('cache-control', 'no-store');
    try {
      const { authorizationUrl, sealedFlow } = await this.sso.depart(returnTo);
      res.cookie(FLOW_COOKIE, sealedFlow, { ...this.flowCookie(), maxAge: SIGN_IN_FLOW_TTL_MS });
      res.redirect(303, authorizationUrl);
    } catch (error) {
      this.refuse(res, error);
    }
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    this.assertEnabled();
    res.setHeader('cache-control', 'no-store');
    // One answer per attempt: whatever happens now, the flow is spent.
    res.clearCookie(FLOW_COOKIE, this.flowCookie());
    const sealed: unknown = (req.cookies as Record<string, unknown> | undefined)?.[FLOW_COOKIE];
    const query = new URLSearchParams(req.originalUrl.split('?')[1] ?? '');
    const origin = { requestId: String(req.headers['x-request-id'] ?? ''), clientAddress: req.ip ?? 'unknown' };
    try {
      const { secret, expiresAt, returnTo } = await this.sso.arrive(query, typeof sealed === 'string' ? sealed : null, origin);
      new ExpressSessionCookie(res, this.secure, null, false).set(secret, expiresAt);
      res.redirect(303, returnTo);
    } catch (error) {
      this.refuse(res, error);
    }
  }

  private refuse(res: Response, error: unknown): void {
    if (!(error instanceof SingleSignOnRefused)) throw error;
    const query = new URLSearchParams({ sso: error.reason });
    if (error.returnTo !== '/') query.set('tillbaka', error.returnTo);
    res.redirect(303, `/logga-in?${query.toString()}`);
  }

  /** Lax, not Strict: the provider's redirect back is a navigation that starts on its site. Only the two routes here see it. */
  private flowCookie(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/auth/oidc' };
  }

  private assertEnabled(): void {
    if (!this.sso.enabled) throw new SingleSignOnNotConfigured();
  }
}
