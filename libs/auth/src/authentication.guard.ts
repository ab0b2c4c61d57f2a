import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Actor } from './actor';
import { AuthException, AuthExceptionCode } from './auth.exception';
import { IS_PUBLIC } from './public.decorator';
import { graphqlContextOf } from './request-context';

/** Default deny: everything needs a logged-in caller unless marked @Public(). */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const actor: Actor | null | undefined =
      context.getType<string>() === 'graphql'
        ? graphqlContextOf(context).actor
        : context.switchToHttp().getRequest<{ actor?: Actor | null }>().actor;
    if (!actor) throw new AuthException(AuthExceptionCode.NOT_AUTHENTICATED, 'You must be logged in');
    return true;
  }
}
