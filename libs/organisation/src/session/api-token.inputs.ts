import { Field, GraphQLISODateTime, InputType, ObjectType } from '@nestjs/graphql';
import { ApiTokenScope } from '@samverkan/auth';
import { PlanLevelText } from '@samverkan/common';
import { ArrayNotEmpty, ArrayUnique, IsDate, IsEnum, IsOptional, Length } from 'class-validator';
import { ApiToken } from './api-token.entity';

@InputType()
export class CreateApiTokenInput {
  @Field()
  @Length(1, 200)
  @PlanLevelText()
  name: string;

  @Field(() => [ApiTokenScope])
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsEnum(ApiTokenScope, { each: true })
  scopes: ApiTokenScope[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it stops working; in the future, at most two years ahead' })
  @IsOptional()
  @IsDate()
  expiresAt?: Date;
}

@ObjectType()
export class CreatedApiToken {
  @Field(() => ApiToken)
  token: ApiToken;

  @Field({ description: 'Send as "Authorization: Bearer <secret>". Shown this once: only its hash is kept' })
  secret: string;
}
