import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Call, CallContext, ClientAddress, Public, RequestId } from '@samverkan/auth';
import { User } from '../users/user.entity';
import { SessionService } from './session.service';
import { ChangePasswordArgs, LoginArgs, LoginResult } from './session.types';

@Resolver()
export class SessionResolver {
  constructor(private readonly session: SessionService) {}

  @Public()
  @Mutation(() => LoginResult, { description: 'Exchange e-mail and password for an access token. Repeated failures are throttled per account and per address' })
  login(@Args() args: LoginArgs, @RequestId() requestId: string, @ClientAddress() clientAddress: string): Promise<LoginResult> {
    return this.session.login(args, { requestId, clientAddress });
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
