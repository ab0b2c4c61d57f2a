import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DeadlineKind } from '../deadlines/deadline-kind';
import { EscalationAudience } from './reminder-timing';
import { ReminderRuleSource } from './rule-book';

registerEnumType(ReminderRuleSource, { name: 'ReminderRuleSource' });

@ObjectType('EscalationStep')
export class EscalationStepView {
  @Field(() => Int, { description: 'Calendar days after the due date' })
  daysOverdue: number;

  @Field(() => [EscalationAudience])
  audience: EscalationAudience[];
}

/** The timing that applies to one kind of deadline in a plan, or in one of its groups. */
@ObjectType('ReminderRule')
export class ReminderRuleView {
  @Field(() => ID)
  planId: string;

  @Field(() => ID, { nullable: true, description: 'Set when the rule is asked for a group' })
  groupId: string | null;

  @Field(() => DeadlineKind)
  deadlineKind: DeadlineKind;

  @Field(() => [Int], { description: 'Days before the due date when the owners are reminded; 0 is the day itself' })
  daysBefore: number[];

  @Field(() => [EscalationStepView])
  escalations: EscalationStepView[];

  @Field(() => Int, { description: 'Local hour the reminders go out, 0–23' })
  sendHour: number;

  @Field(() => Int)
  sendMinute: number;

  @Field({ description: 'IANA time zone of the hour and the days' })
  timeZone: string;

  @Field(() => ReminderRuleSource, { description: "Where the timing comes from: the group's override, the plan's rule, or the default" })
  source: ReminderRuleSource;

  @Field(() => GraphQLISODateTime, { nullable: true })
  updatedAt: Date | null;
}
