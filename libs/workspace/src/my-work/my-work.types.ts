import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { NotificationConnection } from '@samverkan/notifications';
import { AttentionItem } from '@samverkan/plan';
import { UpcomingDeadline } from '@samverkan/reminders';
import { ReportTask } from '@samverkan/reports';
import { IsUUID } from 'class-validator';

@ArgsType()
export class MyWorkArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'planId must be a UUID' })
  planId: string;
}

@ObjectType({ description: "What needs the caller in a plan: the workspace's landing page ('Mitt arbete')" })
export class MyWork {
  @Field(() => ID)
  planId: string;

  @Field(() => [AttentionItem], { description: 'Open items the caller owns or coordinates that are overdue, at risk, off track or stale (at most 100, soonest due first)' })
  itemsNeedingAttention: AttentionItem[];

  @Field(() => [UpcomingDeadline], { description: 'The caller\'s deadlines due today or in the next 30 days: items, meetings, reports, goal follow-ups (nearest first)' })
  upcomingDeadlines: UpcomingDeadline[];

  @Field(() => [ReportTask], { description: 'Reports the steering group returned to the caller as their author, not yet resubmitted' })
  returnedReports: ReportTask[];

  @Field(() => [ReportTask], { description: 'For steering-group members: submitted versions waiting for review (empty for everyone else)' })
  reportsAwaitingReview: ReportTask[];

  @Field(() => NotificationConnection, { description: "The caller's unread notifications, newest first: the first 10, with unreadCount" })
  unreadNotifications: NotificationConnection;
}
