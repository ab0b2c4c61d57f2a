import { ArgsType, Field, GraphQLISODateTime, ID } from '@nestjs/graphql';
import { PageArgs } from '@samverkan/common';
import { IsDate, IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { AuditOutcome } from '../audit-entry.entity';

@ArgsType()
export class AuditTrailArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'e.g. Agency, Plan, Mutation' })
  @IsOptional()
  @Length(1, 100)
  entityType?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  entityId?: string;

  @Field(() => String, { nullable: true, description: 'What was done, e.g. membership.add; for refused and failed rows the GraphQL mutation' })
  @IsOptional()
  @Length(1, 100)
  action?: string;

  @Field(() => ID, { nullable: true, description: 'Who acted' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @Field(() => AuditOutcome, { nullable: true })
  @IsOptional()
  @IsEnum(AuditOutcome)
  outcome?: AuditOutcome;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'At or after this time' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Before this time' })
  @IsOptional()
  @IsDate()
  to?: Date;
}
