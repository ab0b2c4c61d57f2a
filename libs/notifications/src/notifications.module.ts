import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Notification } from './notifications/notification.entity';
import { NotificationsResolver } from './notifications/notifications.resolver';
import { NotificationsService } from './notifications/notifications.service';
import { NotificationPreferencesResolver } from './preferences/notification-preferences.resolver';
import { NotificationPreferencesService } from './preferences/notification-preferences.service';
import { NotificationSettings } from './preferences/notification-settings.entity';

/** The API side: each person's notifications and their choice of channel. */
@Module({
  imports: [TypeOrmModule.forFeature([Notification, NotificationSettings])],
  providers: [NotificationsService, NotificationPreferencesService, NotificationsResolver, NotificationPreferencesResolver],
  exports: [NotificationsService],
})
export class NotificationsModule {}
