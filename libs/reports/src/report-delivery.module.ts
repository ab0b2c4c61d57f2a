import { Module } from '@nestjs/common';
import { ReportCopyHandler } from './deliveries/report-copy.handler';
import { ReportCopySendingModule } from './report-copy-sending.module';
import { ReportDeadlineSource } from './schedule/report-deadline.source';

/** The worker side of annual reports: delivers the copies the outbox holds, and tells the deadline refresh which reports are owed. */
@Module({
  imports: [ReportCopySendingModule],
  providers: [ReportCopyHandler, ReportDeadlineSource],
})
export class ReportDeliveryModule {}
