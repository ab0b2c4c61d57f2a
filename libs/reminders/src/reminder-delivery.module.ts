import { Module } from '@nestjs/common';
import { NotificationDeliveryModule } from '@samverkan/notifications';
import { ReminderSender } from './delivery/reminder-sender.service';
import { ReminderWorker } from './delivery/reminder-worker.service';
import { ReminderReconciler } from './reconciler/reminder-reconciler.service';
import { ReminderSchedulingModule } from './reminder-scheduling.module';

/** The worker side: sends reminders and digests when due, and reconciles Redis with PostgreSQL. */
@Module({
  imports: [ReminderSchedulingModule, NotificationDeliveryModule],
  providers: [ReminderSender, ReminderReconciler, ReminderWorker],
  exports: [ReminderReconciler],
})
export class ReminderDeliveryModule {}
