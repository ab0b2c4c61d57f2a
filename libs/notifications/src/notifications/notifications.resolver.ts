import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Call, CallContext, CurrentActor } from '@samverkan/auth';
import { IdArgs, pagePathOf } from '@samverkan/common';
import { NotificationConnection } from './notification-connection.type';
import { Notification } from './notification.entity';
import { NotificationsArgs } from './notifications.args';
import { NotificationsService } from './notifications.service';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, { description: "The caller's notifications, newest first" })
  notifications(@CurrentActor() actor: Actor | null, @Args() args: NotificationsArgs): Promise<NotificationConnection> {
    return this.service.list(actor, args);
  }

  @Mutation(() => Notification, { description: "One of the caller's own notifications" })
  markNotificationRead(@Call() call: CallContext, @Args() { id }: IdArgs): Promise<Notification> {
    return this.service.markRead(call, id);
  }

  @Mutation(() => Int, { description: "Marks all the caller's notifications read; returns how many were unread" })
  markAllNotificationsRead(@Call() call: CallContext): Promise<number> {
    return this.service.markAllRead(call);
  }

  @ResolveField(() => String, { description: 'The page in the workspace where what it is about is handled' })
  path(@Parent() notification: Notification): string {
    return pagePathOf({ type: notification.subjectType, id: notification.subjectId });
  }
}
