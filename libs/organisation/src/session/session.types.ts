import { ArgsType, Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { IsEmail, Length } from 'class-validator';
import { User } from '../users/user.entity';

@ArgsType()
export class LoginArgs {
  @Field()
  @IsEmail()
  email: string;

  @Field()
  @Length(1, 200)
  password: string;
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
