import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import { createTransport } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';

export interface MailAttachment {
  filename: string;
  content: Buffer | string;
  contentType: string;
}

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
  /** Set by the caller from what caused the mail, e.g. `<membership-added.${id}@samverkan>`. */
  messageId: string;
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
}

type Deliver = (mail: Mail.Options & { messageId: string }) => Promise<void>;

/** Sends mail over SMTP when SMTP_URL is set, else writes each message as an .eml file into MAIL_DROP_DIR. */
@Injectable()
export class MailService {
  private readonly deliver: Deliver;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.deliver = config.mail.smtpUrl ? smtpDelivery(config.mail.smtpUrl) : dropDirDelivery(config.mail.dropDir);
  }

  /** The Message-ID is the caller's, so a message sent again is recognisably the same one. */
  async send(message: MailMessage): Promise<void> {
    await this.deliver({
      from: this.config.mail.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      messageId: message.messageId,
      headers: message.headers,
      attachments: message.attachments,
    });
  }
}

function smtpDelivery(url: string): Deliver {
  // Bounded, because a job holds a database transaction while it sends.
  const transport = createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  return async (mail) => {
    await transport.sendMail(mail);
  };
}

function dropDirDelivery(dir: string): Deliver {
  const transport = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return async (mail) => {
    const { message } = await transport.sendMail(mail);
    await mkdir(dir, { recursive: true });
    const file = join(dir, emlFileName(mail.messageId));
    // Written aside, then renamed: whoever watches the directory never reads half a message.
    await writeFile(`${file}.part`, message as Buffer);
    await rename(`${file}.part`, file);
  };
}

/** One file per Message-ID, so a message sent again replaces its earlier copy. */
export function emlFileName(messageId: string): string {
  return `${messageId.replace(/^<|>$/g, '').replace(/[^A-Za-z0-9._@-]/g, '_')}.eml`;
}
