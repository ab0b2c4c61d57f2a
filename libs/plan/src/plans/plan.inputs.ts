import { ArgsType, Field, ID, InputType, Int, PartialType, PickType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { PlanLevelText } from '@samverkan/common';
import { IsCalendarDate } from '../plan-validators';
import { PlanAgencyRole } from './plan-agency.entity';
import { WITHIN_PLAN_PERIOD } from './plan-period';


@InputType()
export class CreatePlanInput {
  @Field()
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/, { message: 'key must be 2–40 capital letters, digits or dashes' })
  key: string;

  @Field()
  @Length(1, 300)
  @PlanLevelText()
  title: string;

  @Field({ defaultValue: '' })
  @MaxLength(2000)
  @PlanLevelText()
  mandate: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  periodStart: string;

  @Field({ description: 'YYYY-MM-DD, not before periodStart' })
  @IsCalendarDate()
  periodEnd: string;
}

@InputType()
export class UpdatePlanInput {
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
  @MaxLength(2000)
  @PlanLevelText()
  mandate?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  periodStart?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  periodEnd?: string;

  @Field(() => Int, { nullable: true, description: 'Days without a check-in after which an open item is stale, 1–365' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  staleAfterDays?: number;
}

@InputType()
export class RevisePlanInput {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field({ description: `YYYY-MM-DD, ${WITHIN_PLAN_PERIOD}` })
  @IsCalendarDate()
  effectiveFrom: string;

  @Field({ description: 'What changed' })
  @Length(1, 4000)
  @PlanLevelText()
  summary: string;

  @Field({ description: 'Why it changed' })
  @Length(1, 4000)
  @PlanLevelText()
  rationale: string;
}

@ArgsType()
export class PlanRevisionArgs {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field(() => Int, { description: 'Revision number, from 1' })
  @IsInt()
  @Min(1)
  number: number;
}

/** Which agency in which plan: what removePlanAgency takes, and what setPlanAgency sets a role for. */
@InputType()
export class PlanAgencyKeyInput {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field(() => ID)
  @IsUUID()
  agencyId: string;
}

@InputType()
export class SetPlanAgencyInput extends PlanAgencyKeyInput {
  @Field(() => PlanAgencyRole)
  @IsEnum(PlanAgencyRole)
  role: PlanAgencyRole;

  @Field({ defaultValue: '' })
  @MaxLength(2000)
  @PlanLevelText()
  responsibility: string;
}

@InputType()
export class CreateDevelopmentAreaInput {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  number: number;

  @Field()
  @Length(1, 300)
  @PlanLevelText()
  title: string;

  @Field(() => [String], { defaultValue: [], description: 'Sub-topics in order' })
  @Length(1, 300, { each: true })
  @PlanLevelText()
  subTopics: string[];
}

@InputType()
export class UpdateDevelopmentAreaInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 300)
  @PlanLevelText()
  title?: string;

  @Field(() => [String], { nullable: true, description: 'Replaces the sub-topics, in order' })
  @IsOptional()
  @Length(1, 300, { each: true })
  @PlanLevelText()
  subTopics?: string[];
}

@InputType()
export class CreatePerspectiveInput {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field()
  @Matches(/^[A-Z][A-Z0-9_]{1,59}$/, { message: 'code must be 2–60 capital letters, digits or underscores' })
  code: string;

  @Field()
  @Length(1, 300)
  @PlanLevelText()
  title: string;

  @Field({ defaultValue: '' })
  @MaxLength(4000)
  @PlanLevelText()
  description: string;
}

/** A perspective's title and description under the rules of creating one, each optional; the code stays. */
@InputType()
export class UpdatePerspectiveInput extends PartialType(PickType(CreatePerspectiveInput, ['title', 'description'] as const, InputType), { omitDefaultValues: true }) {
  @Field(() => ID)
  @IsUUID()
  id: string;
}
