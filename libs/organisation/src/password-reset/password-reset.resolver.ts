import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Call, CallContext, ClientAddress, Public, RequestId } from '@samverkan/auth';
import { PasswordResetService } from './password-reset.service';
import { PasswordLinkSent, ResetPasswordArgs, SendPasswordLinkArgs } from './password-reset.types';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly passwordReset: PasswordResetService) {}

  @Mutation(() => PasswordLinkSent, {
    description: 'E-mail the person a link to choose a password, working once for 24 hours; replaces an unused earlier link. Administrators only',
  })
  sendPasswordResetLink(@Call() call: CallContext, @Args() { userId }: SendPasswordLinkArgs): Promise<PasswordLinkSent> {
    return this.passwordReset.sendLink(call, userId);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: "Choose a new password with a link's secret; the link then stops working and every session of the person ends. Failures are throttled like sign-in",
  })
  resetPassword(@Args() args: ResetPasswordArgs, @RequestId() requestId: string, @ClientAddress() clientAddress: string): Promise<boolean> {
    return this.passwordReset.resetPassword(args, { requestId, clientAddress });
  }
}
