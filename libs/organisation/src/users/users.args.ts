import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '@samverkan/common';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @Field({ nullable: true, description: 'Only people whose name or e-mail address contains this text (any case)' })
  @IsOptional()
  @MaxLength(200)
  search?: string;
}
