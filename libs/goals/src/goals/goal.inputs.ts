import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { PlanLevelText } from '@samverkan/common';
import { ArrayMaxSize, ArrayUnique, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
const MAX_PERSPECTIVES = 20;

@InputType()
export class CreateGoalInput {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field(() => ID, { description: 'The owning agency; it must take part in the plan' })
  @IsUUID()
  agencyId: string;

  @Field()
  @Length(1, 300)
  @PlanLevelText()
  title: string;

  @Field({ description: 'What the agency wants to achieve' })
  @Length(1, 4000)
  @PlanLevelText()
  statement: string;

  @Field({ defaultValue: '', description: 'Where it applies, e.g. the benefit or business area' })
  @MaxLength(300)
  @PlanLevelText()
  scope: string;

  @Field(() => [ID], { defaultValue: [], description: 'Perspectives of the same plan that the goal addresses' })
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(MAX_PERSPECTIVES)
  perspectiveIds: string[];

  @Field(() => ID, { nullable: true, description: 'A development area of the same plan' })
  @IsOptional()
  @IsUUID()
  developmentAreaId?: string | null;

  @Field(() => Int, { nullable: true, description: "First year the goal is followed up, within the plan period; omit for the plan's first year" })
  @IsOptional()
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  firstYear?: number | null;
}

@InputType()
export class UpdateGoalInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 300)
  @PlanLevelText()
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 4000)
  @PlanLevelText()
  statement?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(300)
  @PlanLevelText()
  scope?: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces the perspectives' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(MAX_PERSPECTIVES)
  perspectiveIds?: string[];

  @Field(() => ID, { nullable: true, description: 'null detaches the goal from its development area' })
  @IsOptional()
  @IsUUID()
  developmentAreaId?: string | null;

  @Field(() => Int, { nullable: true, description: "null means from the plan's first year" })
  @IsOptional()
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  firstYear?: number | null;
}
