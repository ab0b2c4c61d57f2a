import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Call, CallContext, ClientAddress, Public, RequestId, SessionCookie, SessionCookieJar } from '@samverkan/auth';
import { User } from '../users/user.entity';
import { SessionService } from './session.service';
import { ChangePasswordArgs, LoginArgs, LoginResult, SignInResult } from './session.types';

@Resolver()
export class SessionResolver {
  constructor(private readonly session: SessionService) {}

  @Public()
  @Mutation(() => LoginResult, { description: 'Exchange e-mail and password for an access token. Repeated failures are throttled per account and per address' })
  login(@Args() args: LoginArgs, @RequestId() requestId: string, @ClientAddress() clientAddress: string): Promise<LoginResult> {
    return this.session.login(args, { requestId, clientAddress });
  }

  @Public()
  @Mutation(() => SignInResult, {
    description: 'Sign in from a browser: sets the HttpOnly session cookie. Throttled and refused like login',
  })
  async signIn(
    @Args() args: LoginArgs,
    @RequestId() requestId: string,
    @ClientAddress() clientAddress: string,
    @SessionCookie() cookie: SessionCookieJar,
  ): Promise<SignInResult> {
    const { secret, ...signedIn } = await this.session.signIn(args, { requestId, clientAddress });
    cookie.set(secret, signedIn.expiresAt);
    return signedIn;
  }

  @Mutation(() => Boolean, { description: 'End the browser session of the session cookie and clear the cookie; false when the call carried no session' })
  async signOut(@Call() call: CallContext, @SessionCookie() cookie: SessionCookieJar): Promise<boolean> {
    const ended = await this.session.signOut(call);
    cookie.clear();
    return ended;
  }

  @Mutation(() => Boolean, { description: 'Revoke every access token of the caller' })
  logout(@Call() call: CallContext): Promise<boolean> {
    return this.session.logout(call);
  }

  @Mutation(() => LoginResult, { description: 'Change your own password; every other session ends, and a new token is returned' })
  changePassword(@Call() call: CallContext, @ClientAddress() clientAddress: string, @Args() args: ChangePasswordArgs): Promise<LoginResult> {
    return this.session.changePassword(call, clientAddress, args);
  }

  @Query(() => User, { description: 'The caller, with agency, memberships and roles' })
  me(@Call() call: CallContext): Promise<User> {
    return this.session.me(call);
  }
}
