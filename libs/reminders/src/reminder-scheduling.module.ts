import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Deadline } from './deadlines/deadline.entity';
import { ReminderClock } from './reminder-clock';
import { ReminderRule } from './rules/reminder-rule.entity';
import { ReminderScheduler } from './scheduling/reminder-scheduler.service';
import { Reminder } from './scheduling/reminder.entity';

/**
 * The scheduler, for every module that owns a deadline: import this module
 * and call ReminderScheduler.sync in the transaction that changes it. Needs
 * QueueModule (the outbox).
 */
@Module({
  imports: [TypeOrmModule.forFeature([Deadline, Reminder, ReminderRule])],
  providers: [ReminderClock, ReminderScheduler],
  exports: [ReminderClock, ReminderScheduler],
})
export class ReminderSchedulingModule {}
