import { ArgsType, Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { DeadlineKind } from '../deadlines/deadline-kind';
import { ReminderRulesArgs } from './reminder-rule.inputs';

@ArgsType()
export class ReminderPreviewArgs extends ReminderRulesArgs {
  @Field(() => Int, { defaultValue: 5, description: 'How many of the next deadlines, 1–20' })
  @IsInt()
  @Min(1)
  @Max(20)
  first: number = 5;
}

@ObjectType({ description: 'One step of reminders for a deadline: when it goes out and to how many people' })
export class PreviewedReminder {
  @Field(() => GraphQLISODateTime)
  sendAt: Date;

  @Field(() => Int, { description: 'Days from the due date: negative before it, 0 the day itself, positive an escalation after it' })
  daysFromDue: number;

  @Field(() => Int, { description: '0 for a reminder before or on the day, 1 and up for the escalation steps' })
  escalationLevel: number;

  @Field(() => Int)
  recipients: number;
}

@ObjectType({ description: 'A coming deadline and the reminders still to go out for it under the rules as they are now' })
export class ReminderPreviewDeadline {
  @Field(() => ID)
  deadlineId: string;

  @Field(() => DeadlineKind)
  deadlineKind: DeadlineKind;

  @Field()
  title: string;

  @Field({ description: 'YYYY-MM-DD' })
  dueDate: string;

  @Field(() => ID, { nullable: true })
  groupId: string | null;

  @Field(() => [PreviewedReminder])
  reminders: PreviewedReminder[];
}
