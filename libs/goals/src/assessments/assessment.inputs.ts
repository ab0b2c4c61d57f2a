import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { PlanLevelText } from '@samverkan/common';
import { IsEnum, IsInt, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { MAX_YEAR, MIN_YEAR } from '../goals/goal.inputs';
import { AssessmentOutcome } from './goal-assessment.entity';

@InputType()
export class AssessGoalInput {
  @Field(() => ID)
  @IsUUID()
  goalId: string;

  @Field(() => Int, { description: 'Within the plan period, not before the goal is followed up' })
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year: number;

  @Field(() => AssessmentOutcome)
  @IsEnum(AssessmentOutcome)
  outcome: AssessmentOutcome;

  @Field({ defaultValue: '', description: 'Required when NOT_ASSESSABLE: say why' })
  @MaxLength(4000)
  @PlanLevelText()
  justification: string;
}
