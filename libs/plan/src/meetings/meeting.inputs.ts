import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs, PlanLevelText } from '@samverkan/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { ActionItemFieldsInput } from '../items/action-item.inputs';
import { IsCalendarDate, IsIdList } from '../plan-validators';
import { WITHIN_PLAN_PERIOD } from '../plans/plan-period';

const MAX_LISTED = 100;

@InputType()
export class MeetingDecisionInput {
  @Field()
  @Length(1, 4000)
  @PlanLevelText()
  text: string;

  @Field(() => ActionItemFieldsInput, { nullable: true, description: "A follow-up item the decision creates; needs the coordinator of that item's group" })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActionItemFieldsInput)
  followUp?: ActionItemFieldsInput;
}

@InputType()
export class RecordMeetingInput {
  @Field(() => ID, { description: 'The steering group or a working group; its members record its meetings' })
  @IsUUID()
  groupId: string;

  @Field({ description: `YYYY-MM-DD, ${WITHIN_PLAN_PERIOD}` })
  @IsCalendarDate()
  heldOn: string;

  @Field()
  @Length(1, 300)
  @PlanLevelText()
  title: string;

  @Field({ defaultValue: '' })
  @MaxLength(20000)
  @PlanLevelText()
  notes: string;

  @Field(() => [ID], { defaultValue: [] })
  @IsIdList(MAX_LISTED)
  attendeeIds: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Action items of the plan the meeting discussed' })
  @IsIdList(MAX_LISTED)
  discussedItemIds: string[];

  @Field(() => [MeetingDecisionInput], { defaultValue: [] })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MeetingDecisionInput)
  decisions: MeetingDecisionInput[];
}

/** Leave a field out to keep it; the lists replace what was there, except decisions, which are added. */
@InputType()
export class UpdateMeetingInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true, description: `YYYY-MM-DD, ${WITHIN_PLAN_PERIOD}` })
  @IsOptional()
  @IsCalendarDate()
  heldOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 300)
  @PlanLevelText()
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(20000)
  @PlanLevelText()
  notes?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsIdList(MAX_LISTED)
  attendeeIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsIdList(MAX_LISTED)
  discussedItemIds?: string[];

  @Field(() => [MeetingDecisionInput], { nullable: true, description: 'Decisions to add after the existing ones' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MeetingDecisionInput)
  addDecisions?: MeetingDecisionInput[];
}

@ArgsType()
export class MeetingsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  groupId?: string;
}
