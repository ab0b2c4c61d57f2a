import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@samverkan/common';
import { Notification } from './notification.entity';

@ObjectType()
export class NotificationConnection extends ConnectionType(Notification, 'NotificationPage') {
  @Field(() => Int, { description: "The caller's unread notifications, whatever the filter" })
  unreadCount: number;
}
