import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { PlanLevelText } from '@samverkan/common';
import { IsEnum, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { MAX_YEAR, MIN_YEAR } from '../goals/goal.inputs';
import { IndicatorDirection, IndicatorSourceKind, IndicatorUnit } from './indicator.entity';

/** Baseline, target and source: what an indicator's creation and update share. */
@InputType({ isAbstract: true })
abstract class IndicatorDetailsInput {
  @Field(() => Float, { nullable: true, description: 'With baselineYear; in the unit (a share 0–1 for RATIO)' })
  @IsOptional()
  baselineValue?: number | null;

  @Field(() => Int, { nullable: true, description: 'May lie before the plan period, not after it' })
  @IsOptional()
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  baselineYear?: number | null;

  @Field(() => Float, { nullable: true, description: 'With targetYear; in the unit (a share 0–1 for RATIO)' })
  @IsOptional()
  targetValue?: number | null;

  @Field(() => Int, { nullable: true, description: 'Within the plan period, not before baselineYear' })
  @IsOptional()
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  targetYear?: number | null;

  @Field(() => String, { nullable: true, description: "The agency's registration number (diarienummer) of the source" })
  @IsOptional()
  @MaxLength(100)
  @PlanLevelText()
  registrationNumber?: string | null;
}

@InputType()
export class CreateIndicatorInput extends IndicatorDetailsInput {
  @Field(() => ID)
  @IsUUID()
  goalId: string;

  @Field()
  @Length(1, 300)
  @PlanLevelText()
  name: string;

  @Field(() => IndicatorUnit, { description: 'Fixed once the indicator exists' })
  @IsEnum(IndicatorUnit)
  unit: IndicatorUnit;

  @Field(() => IndicatorDirection, { defaultValue: IndicatorDirection.HIGHER_IS_BETTER })
  @IsEnum(IndicatorDirection)
  direction: IndicatorDirection;

  @Field(() => IndicatorSourceKind)
  @IsEnum(IndicatorSourceKind)
  sourceKind: IndicatorSourceKind;

  @Field({ defaultValue: '', description: 'Which survey, register or follow-up' })
  @MaxLength(1000)
  @PlanLevelText()
  sourceDescription: string;
}

@InputType({ description: 'Omitted fields keep their value; null clears a baseline, target or registration number' })
export class UpdateIndicatorInput extends IndicatorDetailsInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 300)
  @PlanLevelText()
  name?: string;

  @Field(() => IndicatorDirection, { nullable: true })
  @IsOptional()
  @IsEnum(IndicatorDirection)
  direction?: IndicatorDirection;

  @Field(() => IndicatorSourceKind, { nullable: true })
  @IsOptional()
  @IsEnum(IndicatorSourceKind)
  sourceKind?: IndicatorSourceKind;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(1000)
  @PlanLevelText()
  sourceDescription?: string;
}
