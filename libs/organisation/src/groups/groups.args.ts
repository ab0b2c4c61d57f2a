import { ArgsType, Field, ID } from '@nestjs/graphql';
import { GroupKind } from '@samverkan/auth';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class GroupsArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @Field(() => GroupKind, { nullable: true })
  @IsOptional()
  @IsEnum(GroupKind)
  kind?: GroupKind;
}
