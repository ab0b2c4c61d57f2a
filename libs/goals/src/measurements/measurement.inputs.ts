import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { PlanLevelText } from '@samverkan/common';
import { IsDateString, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { MAX_YEAR, MIN_YEAR } from '../goals/goal.inputs';

/** The figure itself, as recorded first or as corrected. */
@InputType({ isAbstract: true })
abstract class MeasurementFigureInput {
  @Field(() => Int, { description: 'Within the plan period' })
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year: number;

  @Field(() => String, { nullable: true, description: 'A dated point within the year (YYYY-MM-DD); omit for the whole year' })
  @IsOptional()
  @IsDateString({ strict: true })
  measuredOn?: string | null;

  @Field(() => Float, { nullable: true, description: 'COUNT and PERCENT; for RATIO give numerator and denominator instead' })
  @IsOptional()
  value?: number | null;

  @Field(() => Int, { nullable: true, description: 'RATIO only, e.g. 1300 case officers trained' })
  @IsOptional()
  @IsInt()
  @Min(0)
  numerator?: number | null;

  @Field(() => Int, { nullable: true, description: 'RATIO only, e.g. of 2800 case officers' })
  @IsOptional()
  @IsInt()
  @Min(1)
  denominator?: number | null;

  @Field({ defaultValue: '', description: "Where the figure comes from, when more specific than the indicator's source" })
  @MaxLength(1000)
  @PlanLevelText()
  source: string;

  @Field({ defaultValue: '' })
  @MaxLength(4000)
  @PlanLevelText()
  note: string;
}

@InputType()
export class RecordMeasurementInput extends MeasurementFigureInput {
  @Field(() => ID)
  @IsUUID()
  indicatorId: string;
}

@InputType({ description: 'The corrected figure in full; the measurement it replaces stays in the history' })
export class CorrectMeasurementInput extends MeasurementFigureInput {
  @Field(() => ID, { description: 'The current measurement being corrected' })
  @IsUUID()
  id: string;

  @Field({ description: 'Why the figure is corrected; required, shown beside the superseded figure' })
  @MaxLength(4000)
  @PlanLevelText()
  reason: string;
}
