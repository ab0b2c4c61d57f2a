import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@samverkan/common';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { Goal } from '../goals/goal.entity';
import { MAX_YEAR, MIN_YEAR } from '../goals/goal.inputs';

@ArgsType()
export class FollowUpDueArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field(() => ID)
  @IsUUID()
  agencyId: string;

  @Field(() => Int, { description: 'A year of the plan period' })
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year: number;
}

@ArgsType()
export class FollowUpYearArgs {
  @Field(() => Int)
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year: number;
}

/** A goal whose yearly follow-up is not complete: its assessment or a measurement is missing. */
@ObjectType()
export class FollowUpDue {
  @Field(() => Goal)
  goal: Goal;

  @Field(() => Int)
  year: number;
}

export const FollowUpDueConnection = ConnectionType(FollowUpDue, 'FollowUpDueConnection');
