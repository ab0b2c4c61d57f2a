import { ArgsType, Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { MAX_PASSWORD_LENGTH } from '@samverkan/auth';
import { IsUUID, Length } from 'class-validator';

@ArgsType()
export class SendPasswordLinkArgs {
  @Field(() => ID)
  @IsUUID()
  userId: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field({ description: "The secret from the link's token parameter" })
  @Length(1, 200)
  token: string;

  @Field({ description: 'At least 12 characters, not the e-mail address, not a common password' })
  @Length(1, MAX_PASSWORD_LENGTH)
  newPassword: string;
}

@ObjectType({ description: 'A one-time link to choose a password, queued to the person by e-mail' })
export class PasswordLinkSent {
  @Field()
  email: string;

  @Field(() => GraphQLISODateTime, { description: 'The link works once, until then' })
  expiresAt: Date;
}
