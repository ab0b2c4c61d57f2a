import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsEnum, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { DeadlineKind } from '../deadlines/deadline-kind';
import { IsTimeZone } from './is-time-zone.validator';
import { DEFAULT_TIME_ZONE, EscalationAudience } from './reminder-timing';

/** A year: no reminder is planned further from its deadline than that. */
const MAX_DAYS = 365;

@ArgsType()
export class ReminderRulesArgs {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field(() => ID, { nullable: true, description: "A working group of the plan: the rules that apply there, its overrides included" })
  @IsOptional()
  @IsUUID()
  groupId?: string;
}

@InputType()
export class EscalationStepInput {
  @Field(() => Int, { description: `Calendar days after the due date, 1 to ${MAX_DAYS}` })
  @IsInt()
  @Min(1)
  @Max(MAX_DAYS)
  daysOverdue: number;

  @Field(() => [EscalationAudience], { description: 'Everyone the step tells; STEERING_GROUP always by e-mail' })
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsEnum(EscalationAudience, { each: true })
  audience: EscalationAudience[];
}

/** Replaces the whole rule; what is left out takes the default. */
@InputType()
export class SetReminderRuleInput {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field(() => ID, { nullable: true, description: "Set for a working group's override of the plan's rule (its coordinator's to set)" })
  @IsOptional()
  @IsUUID()
  groupId?: string | null;

  @Field(() => DeadlineKind)
  @IsEnum(DeadlineKind)
  deadlineKind: DeadlineKind;

  @Field(() => [Int], { description: `Days before the due date, 0 (the day itself) to ${MAX_DAYS}` })
  @ArrayMaxSize(12)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(MAX_DAYS, { each: true })
  daysBefore: number[];

  @Field(() => [EscalationStepInput])
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => EscalationStepInput)
  escalations: EscalationStepInput[];

  @Field(() => Int, { defaultValue: 8, description: 'Local hour, 0–23' })
  @IsInt()
  @Min(0)
  @Max(23)
  sendHour: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(59)
  sendMinute: number;

  @Field({ defaultValue: DEFAULT_TIME_ZONE, description: 'IANA time zone, e.g. Europe/Stockholm' })
  @IsTimeZone()
  timeZone: string;
}
