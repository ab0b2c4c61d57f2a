import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@samverkan/config';
import { AuditModule } from '@samverkan/audit';
import { AuthModule } from '@samverkan/auth';
import { DatabaseModule } from '@samverkan/database';
import { QueueModule } from '@samverkan/queue';
import { ReminderSchedulingModule } from '@samverkan/reminders';
import { ReportsModule } from '@samverkan/reports';

/**
 * What the seed needs besides the database: the reminder scheduler, for the
 * demo plan's deadlines, and the reports services (with the policy and the
 * audit log they use), for the demo's annual reports.
 */
@Module({})
export class SeedModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: SeedModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, QueueModule, ReminderSchedulingModule, AuthModule, AuditModule, ReportsModule],
    };
  }
}
