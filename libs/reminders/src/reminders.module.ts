import { Module } from '@nestjs/common';
import { CalendarFeedController } from './calendar/calendar-feed.controller';
import { CalendarFeedsResolver } from './calendar/calendar-feeds.resolver';
import { CalendarFeedsService } from './calendar/calendar-feeds.service';
import { UpcomingDeadlinesService } from './deadlines/upcoming-deadlines.service';
import { ReminderSchedulingModule } from './reminder-scheduling.module';
import { ReminderRulesResolver } from './rules/reminder-rules.resolver';
import { ReminderRulesService } from './rules/reminder-rules.service';

/** The API side: reminder rules, and each person's deadlines: their calendar feed and those coming up. */
@Module({
  imports: [ReminderSchedulingModule],
  controllers: [CalendarFeedController],
  providers: [ReminderRulesService, ReminderRulesResolver, CalendarFeedsService, CalendarFeedsResolver, UpcomingDeadlinesService],
  exports: [UpcomingDeadlinesService],
})
export class RemindersModule {}
