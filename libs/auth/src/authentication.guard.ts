import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Actor } from './actor';
import { SessionCookieJar } from './browser-session';
import { IS_PUBLIC } from './public.decorator';
import { graphqlContextOf, notAuthenticated } from './request-context';

/** A plain HTTP request after the credentials middleware: who is calling, and the state of their session cookie. */
export interface AuthenticatedRequest {
  actor?: Actor | null;
  sessionCookie?: SessionCookieJar;
}

/** Default deny: everything needs a logged-in caller unless marked @Public(). */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const holder: AuthenticatedRequest =
      context.getType<string>() === 'graphql' ? graphqlContextOf(context) : context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!holder.actor) throw notAuthenticated(holder);
    return true;
  }
}
