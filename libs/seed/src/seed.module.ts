import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@samverkan/config';
import { DatabaseModule } from '@samverkan/database';
import { QueueModule } from '@samverkan/queue';
import { ReminderSchedulingModule } from '@samverkan/reminders';

/** What the seed needs besides the database: the reminder scheduler, for the demo plan's deadlines. */
@Module({})
export class SeedModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: SeedModule, imports: [ConfigModule.forRoot(config), DatabaseModule, QueueModule, ReminderSchedulingModule] };
  }
}
