import { Injectable } from '@nestjs/common';
import { HandlesJob, JobName, SendEmailPayload } from '@samverkan/queue';
import { MailService } from './mail.service';

@Injectable()
export class SendEmailHandler {
  constructor(private readonly mail: MailService) {}

  /** Re-sending after a crash repeats the same Message-ID, so the recipient can tell it is one message. */
  @HandlesJob(JobName.SEND_EMAIL)
  async send(payload: SendEmailPayload): Promise<void> {
    await this.mail.send(payload);
  }
}
