import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface ReceivedCopy {
  messageId: string;
  to: string[];
  headers: Record<string, string>;
  /** The Subject header, its encoded words decoded. */
  subject: string;
  text: string;
  attachments: ReceivedAttachment[];
  receivedAt: number;
}

/** Header lines of a MIME entity, unfolded, names lower-case. */
function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function decodeBody(body: string, encoding: string | undefined): Buffer {
  if (encoding?.toLowerCase() === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (encoding?.toLowerCase() === 'quoted-printable') {
    return Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
  }
  return Buffer.from(body, 'latin1');
}

/** A header's RFC 2047 encoded words (=?UTF-8?B?…?= or =?UTF-8?Q?…?=) as text; the space between two of them is not part of it. */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/(\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, kind: string, data: string) =>
      kind.toLowerCase() === 'b' ? Buffer.from(data, 'base64').toString('utf8') : decodeBody(data.replace(/_/g, ' '), 'quoted-printable').toString('utf8'),
    );
}

/** Enough MIME for what nodemailer writes: one multipart/mixed level, a text part and attachments. */
export function parseMail(raw: string): Omit<ReceivedCopy, 'to' | 'receivedAt'> {
  const split = raw.indexOf('\r\n\r\n');
  const headers = parseHeaders(raw.slice(0, split));
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  const parts = boundary ? raw.slice(split + 4).split(`--${boundary}`).slice(1, -1) : [raw.slice(split + 4)];
  let text = '';
  const attachments: ReceivedAttachment[] = [];
  for (const part of parts) {
    const partSplit = part.indexOf('\r\n\r\n');
    const partHeaders = boundary ? parseHeaders(part.slice(0, partSplit).trim()) : headers;
    const body = decodeBody(boundary ? part.slice(partSplit + 4).replace(/\r\n$/, '') : part, partHeaders['content-transfer-encoding']);
    const filename = /filename="?([^";]+)"?/i.exec(partHeaders['content-disposition'] ?? '')?.[1];
    if (filename) attachments.push({ filename, contentType: (partHeaders['content-type'] ?? '').split(';')[0]!, content: body });
    else text += body.toString('utf8');
  }
  return { messageId: headers['message-id'] ?? '', headers, subject: decodeEncodedWords(headers.subject ?? ''), text, attachments };
}

/**
 * An SMTP server for report copies on a local port it keeps across stop and
 * start, so a test can take it down and bring it back. Keeps every message
 * it has received, whether or not it then accepted it.
 */
export class CopyMailbox {
  readonly received: ReceivedCopy[] = [];
  /** How long the server waits after the data before it answers. */
  replyDelayMs = 0;
  private server?: SMTPServer;

  private constructor(private port: number) {}

  static async start(): Promise<CopyMailbox> {
    const mailbox = new CopyMailbox(0);
    await mailbox.up();
    return mailbox;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Listens again on the same port; nothing when already up. */
  async up(): Promise<void> {
    if (this.server) return;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      // Nothing to look up on a loopback-only test machine; the lookup would only add latency.
      disableReverseLookup: true,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const to = session.envelope.rcptTo.map((address) => address.address);
          this.received.push({ ...parseMail(Buffer.concat(chunks).toString('latin1')), to, receivedAt: Date.now() });
          setTimeout(() => callback(null, 'Message accepted by the copy mailbox'), this.replyDelayMs);
        });
      },
    });
    // A client killed mid-delivery resets its connection: expected in these tests, not a failure.
    server.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(this.port, '127.0.0.1', resolve);
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops listening: new connections are refused until up() again. */
  async down(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  byMessageId(messageId: string): ReceivedCopy[] {
    return this.received.filter((mail) => mail.messageId === messageId);
  }
}

export interface ReceivedCall {
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A plain HTTP receiver for webhook copies that answers with `status`, on a
 * local port it keeps across down() and up(), so a test can take it down.
 */
export class WebhookReceiver {
  readonly calls: ReceivedCall[] = [];
  status = 202;
  private server?: Server;

  private constructor(private port: number) {}

  static async start(): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver(0);
    await receiver.up();
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/copies`;
  }

  /** Listens again on the same port; nothing when already up. */
  async up(): Promise<void> {
    if (this.server) return;
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        this.calls.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
        response.writeHead(this.status, { 'content-type': 'text/plain' }).end(this.status < 300 ? 'stored' : 'unavailable');
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', resolve);
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops listening: new connections are refused until up() again. */
  async down(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  close(): Promise<void> {
    return this.down();
  }
}
