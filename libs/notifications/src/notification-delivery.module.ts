import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationDigest } from './digests/notification-digest.entity';
import { NotificationDigestsService } from './digests/notification-digests.service';
import { NotificationPruner } from './notifications/notification-pruner';
import { Notification } from './notifications/notification.entity';
import { NotificationSettings } from './preferences/notification-settings.entity';

/** What writes and sends notifications: for the worker, and for whatever notifies in a transaction. Needs QueueModule. */
@Module({
  imports: [TypeOrmModule.forFeature([Notification, NotificationSettings, NotificationDigest])],
  providers: [NotificationDigestsService, NotificationPruner],
  exports: [NotificationDigestsService, NotificationPruner],
})
export class NotificationDeliveryModule {}
