import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@samverkan/config';
import { DatabaseModule } from '@samverkan/database';
import { MailModule } from '@samverkan/mail';
import { QueueModule, QueueWorkerModule } from '@samverkan/queue';

/** The worker: the outbox relay, and the job handlers the modules below provide. No HTTP, no GraphQL. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, QueueModule, QueueWorkerModule, MailModule],
    };
  }
}
