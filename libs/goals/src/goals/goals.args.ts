import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { PageArgs } from '@samverkan/common';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { AssessmentOutcome } from '../assessments/goal-assessment.entity';
import { MAX_YEAR, MIN_YEAR } from './goal.inputs';

@ArgsType()
export class GoalsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @Field(() => ID, { nullable: true, description: 'The owning agency' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @Field(() => Int, { nullable: true, description: 'Goals followed up in this year' })
  @IsOptional()
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year?: number;

  @Field(() => ID, { nullable: true, description: 'Goals addressing this perspective' })
  @IsOptional()
  @IsUUID()
  perspectiveId?: string;

  @Field(() => AssessmentOutcome, { nullable: true, description: 'Goals assessed so, in `year` when given, else in any year' })
  @IsOptional()
  @IsEnum(AssessmentOutcome)
  assessment?: AssessmentOutcome;
}
