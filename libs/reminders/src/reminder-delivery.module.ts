import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { NotificationDeliveryModule } from '@samverkan/notifications';
import { ReminderSender } from './delivery/reminder-sender.service';
import { ReminderWorker } from './delivery/reminder-worker.service';
import { ReminderReconciler } from './reconciler/reminder-reconciler.service';
import { DeadlineSources } from './refresh/deadline-source';
import { DeadlineRefresher } from './refresh/deadline-refresher.service';
import { ReminderSchedulingModule } from './reminder-scheduling.module';

/**
 * The worker side: sends reminders and digests when due, reconciles Redis
 * with PostgreSQL, and refreshes the deadlines of every @DeadlineSource.
 */
@Module({
  imports: [ReminderSchedulingModule, NotificationDeliveryModule, DiscoveryModule],
  providers: [ReminderSender, ReminderReconciler, DeadlineSources, DeadlineRefresher, ReminderWorker],
  exports: [ReminderReconciler, DeadlineRefresher],
})
export class ReminderDeliveryModule {}
