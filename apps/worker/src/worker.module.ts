import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@samverkan/config';
import { DatabaseModule } from '@samverkan/database';
import { GoalDeadlinesModule } from '@samverkan/goals';
import { MailModule } from '@samverkan/mail';
import { ObservabilityConfig, WorkerObservabilityModule } from '@samverkan/observability';
import { SessionMaintenanceModule } from '@samverkan/organisation';
import { QueueModule, QueueWorkerModule } from '@samverkan/queue';
import { ReportDeliveryModule } from '@samverkan/reports';
import { ReminderDeliveryModule } from '@samverkan/reminders';

/** The worker: the outbox relay, and the job handlers the modules below provide. No HTTP, no GraphQL. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, observability: ObservabilityConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, QueueModule, QueueWorkerModule, MailModule, ReportDeliveryModule, GoalDeadlinesModule, ReminderDeliveryModule, SessionMaintenanceModule, WorkerObservabilityModule.forRoot(observability)],
    };
  }
}
