import { Module } from '@nestjs/common';
import { MailModule } from '@samverkan/mail';
import { ReportCopyHandler } from './deliveries/report-copy.handler';

/** The worker side of annual reports: delivers the copies the outbox holds. */
@Module({
  imports: [MailModule],
  providers: [ReportCopyHandler],
})
export class ReportDeliveryModule {}
