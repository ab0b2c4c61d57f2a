import { Module } from '@nestjs/common';
import { MailService } from './mail.service';
import { SendEmailHandler } from './send-email.handler';

@Module({
  providers: [MailService, SendEmailHandler],
  exports: [MailService],
})
export class MailModule {}
