import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Deadline } from './deadlines/deadline.entity';
import { AfterCommit } from './queueing/after-commit';
import { ReminderQueue } from './queueing/reminder-queue';
import { ReminderClock } from './reminder-clock';
import { ReminderRule } from './rules/reminder-rule.entity';
import { ReminderScheduler } from './scheduling/reminder-scheduler.service';
import { Reminder } from './scheduling/reminder.entity';

/**
 * The scheduler, for every module that owns a deadline: import this module
 * and call ReminderScheduler.sync in the transaction that changes it.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Deadline, Reminder, ReminderRule])],
  providers: [ReminderClock, AfterCommit, ReminderQueue, ReminderScheduler],
  exports: [ReminderClock, AfterCommit, ReminderQueue, ReminderScheduler],
})
export class ReminderSchedulingModule {}
