import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '@samverkan/common';
import { IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}
