import { ArgsType, Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { MAX_PASSWORD_LENGTH } from '@samverkan/auth';
import { IsEmail, Length } from 'class-validator';
import { User } from '../users/user.entity';

@ArgsType()
export class LoginArgs {
  @Field()
  @IsEmail()
  email: string;

  @Field()
  @Length(1, MAX_PASSWORD_LENGTH)
  password: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  @Length(1, MAX_PASSWORD_LENGTH)
  currentPassword: string;

  @Field({ description: 'At least 12 characters, not your e-mail address, not a common password, not the current one' })
  @Length(1, MAX_PASSWORD_LENGTH)
  newPassword: string;
}

@ObjectType()
export class LoginResult {
  @Field({ description: 'Send as "Authorization: Bearer <token>"' })
  accessToken: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field(() => User)
  user: User;
}

@ObjectType({ description: 'A browser session started: its secret is in the samverkan_session cookie, never in the response' })
export class SignInResult {
  @Field(() => User)
  user: User;

  @Field(() => GraphQLISODateTime, { description: 'When the session ends at the latest; it ends sooner when idle' })
  expiresAt: Date;
}
