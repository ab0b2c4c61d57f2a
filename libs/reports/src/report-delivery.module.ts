import { Module } from '@nestjs/common';
import { MailModule } from '@samverkan/mail';
import { ReportCopyHandler } from './deliveries/report-copy.handler';
import { ReportDeadlineSource } from './schedule/report-deadline.source';

/** The worker side of annual reports: delivers the copies the outbox holds, and tells the deadline refresh which reports are owed. */
@Module({
  imports: [MailModule],
  providers: [ReportCopyHandler, ReportDeadlineSource],
})
export class ReportDeliveryModule {}
