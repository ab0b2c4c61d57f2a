import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Call, CallContext, Public, RequestId } from '@samverkan/auth';
import { User } from '../users/user.entity';
import { SessionService } from './session.service';
import { LoginArgs, LoginResult } from './session.types';

@Resolver()
export class SessionResolver {
  constructor(private readonly session: SessionService) {}

  @Public()
  @Mutation(() => LoginResult, { description: 'Exchange e-mail and password for an access token' })
  login(@Args() args: LoginArgs, @RequestId() requestId: string): Promise<LoginResult> {
    return this.session.login(args, requestId);
  }

  @Mutation(() => Boolean, { description: 'Revoke every access token of the caller' })
  logout(@Call() call: CallContext): Promise<boolean> {
    return this.session.logout(call);
  }

  @Query(() => User, { description: 'The caller, with agency, memberships and roles' })
  me(@Call() call: CallContext): Promise<User> {
    return this.session.me(call);
  }
}
