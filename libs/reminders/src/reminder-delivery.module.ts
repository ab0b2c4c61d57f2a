import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { NotificationDeliveryModule } from '@samverkan/notifications';
import { ReminderSender } from './delivery/reminder-sender.service';
import { DeadlineSources } from './refresh/deadline-source';
import { DeadlineRefresher } from './refresh/deadline-refresher.service';
import { ReminderSchedulingModule } from './reminder-scheduling.module';

/**
 * The worker side: the handlers of the outbox jobs that send reminders and
 * digests when due and refresh the deadlines of every @DeadlineSource.
 */
@Module({
  imports: [ReminderSchedulingModule, NotificationDeliveryModule, DiscoveryModule],
  providers: [ReminderSender, DeadlineSources, DeadlineRefresher],
  exports: [DeadlineRefresher],
})
export class ReminderDeliveryModule {}
