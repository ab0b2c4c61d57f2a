import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DeadlineKind } from './deadline-kind';

@ObjectType({ description: 'A deadline of the caller: an item due, a meeting, a report or a goal follow-up' })
export class UpcomingDeadline {
  @Field(() => DeadlineKind)
  kind: DeadlineKind;

  @Field({ description: 'The item, meeting, report or goal it belongs to, as named when the deadline was last refreshed' })
  title: string;

  @Field({ description: 'YYYY-MM-DD: the due date, or the day of a meeting' })
  dueDate: string;

  @Field(() => ID, { description: 'The item, meeting, report, goal, group or agency it belongs to' })
  subjectId: string;

  @Field({ description: 'The page where it is handled, e.g. /atgarder/<id> or /moten/<id>' })
  path: string;
}
