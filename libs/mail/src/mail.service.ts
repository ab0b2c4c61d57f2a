import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
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

/** What the receiving side said: the SMTP server's reply, or where the .eml file went. */
export interface MailReceipt {
  response: string;
}

interface Delivery {
  deliver(mail: Mail.Options & { messageId: string }): Promise<MailReceipt>;
  close(): void;
}

/** Sends mail over SMTP when SMTP_URL is set, else writes each message as an .eml file into MAIL_DROP_DIR. */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly delivery: Delivery;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.delivery = config.mail.smtpUrl ? smtpDelivery(config.mail) : dropDirDelivery(config.mail.dropDir);
  }

  /** After the jobs in progress have finished (they stop before application shutdown): says QUIT on the open connections. */
  onApplicationShutdown(): void {
    this.delivery.close();
  }

  /** The Message-ID is the caller's, so a message sent again is recognisably the same one. */
  send(message: MailMessage): Promise<MailReceipt> {
    return this.delivery.deliver({
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

/**
 * One pool of SMTP connections per process, reused from message to message:
 * a new connection costs a TCP handshake, the server's greeting (many servers
 * hold it back to catch early talkers) and EHLO, which is most of a send.
 * Messages wait in the pool's queue while every connection is busy.
 */
function smtpDelivery(mail: AppConfig['mail']): Delivery {
  const transport = createTransport(
    smtpUrlWithDefaults(mail.smtpUrl, {
      pool: true,
      maxConnections: mail.maxConnections,
      maxMessages: mail.maxMessagesPerConnection,
      // Bounded, because a job holds a database transaction while it sends.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    }),
  );
  return {
    async deliver(message) {
      const info = await transport.sendMail(message);
      return { response: info.response };
    },
    close: () => transport.close(),
  };
}

function dropDirDelivery(dir: string): Delivery {
  const transport = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    async deliver(mail) {
      const { message } = await transport.sendMail(mail);
      await mkdir(dir, { recursive: true });
      const file = join(dir, emlFileName(mail.messageId));
      // Written aside, then renamed: whoever watches the directory never reads half a message.
      await writeFile(`${file}.part`, message as Buffer);
      await rename(`${file}.part`, file);
      // The reply is shown to every logged-in person: the file's name, never where the server keeps it.
      return { response: `written to the drop directory as ${emlFileName(mail.messageId)}` };
    },
    close: () => transport.close(),
  };
}

/**
 * nodemailer reads every option from the URL alone when it is given one, so
 * the options go into its query; an option already in SMTP_URL's query wins.
 */
export function smtpUrlWithDefaults(smtpUrl: string, options: Record<string, string | number | boolean>): string {
  const url = new URL(smtpUrl);
  for (const [name, value] of Object.entries(options)) {
    if (!url.searchParams.has(name)) url.searchParams.set(name, String(value));
  }
  return url.toString();
}

/** One file per Message-ID, so a message sent again replaces its earlier copy. */
export function emlFileName(messageId: string): string {
  return `${messageId.replace(/^<|>$/g, '').replace(/[^A-Za-z0-9._@-]/g, '_')}.eml`;
}
