import { Module } from '@nestjs/common';
import { MailModule } from '@samverkan/mail';
import { ReportCopySender } from './deliveries/report-copy-sender.service';

/** Sending to the agencies' copy receivers: for the worker's copies and the api's test messages. */
@Module({
  imports: [MailModule],
  providers: [ReportCopySender],
  exports: [ReportCopySender],
})
export class ReportCopySendingModule {}
