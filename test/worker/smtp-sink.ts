import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  messageId: string;
  to: string[];
  raw: string;
}

/** The text of a received e-mail as a person reads it: quoted-printable soft breaks joined and its UTF-8 bytes decoded. */
export function readableText(mail: ReceivedMail): string {
  const joined = mail.raw.replace(/=\r?\n/g, '');
  return Buffer.from(joined.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
}

/** An SMTP server on a free local port that keeps every message it accepts, from the moment it has arrived. */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  /** While true, every message is turned away with a temporary failure. */
  refusing = false;
  /** How long the server waits before it accepts a received message. */
  replyDelayMs = 0;

  private constructor(private readonly server: SMTPServer) {}

  static async start(): Promise<SmtpSink> {
    const sink: SmtpSink = new SmtpSink(
      new SMTPServer({
        authOptional: true,
        disabledCommands: ['AUTH', 'STARTTLS'],
        logger: false,
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            if (sink.refusing) {
              callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
              return;
            }
            const raw = Buffer.concat(chunks).toString('utf8');
            sink.received.push({
              messageId: /^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? '',
              to: session.envelope.rcptTo.map((address) => address.address),
              raw,
            });
            setTimeout(callback, sink.replyDelayMs);
          });
        },
      }),
    );
    // A client killed mid-delivery resets its connection: expected in these tests, not a failure.
    sink.server.on('error', () => undefined);
    await new Promise<void>((resolve) => sink.server.listen(0, '127.0.0.1', resolve));
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  count(messageId: string): number {
    return this.received.filter((mail) => mail.messageId === messageId).length;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
