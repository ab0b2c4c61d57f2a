import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import { MailMessage, MailService } from '@samverkan/mail';
import { assertWebhookTargetAllowed } from './copy-rules';

/** Where a message went and what the receiving server answered. */
export interface Acceptance {
  recipient: string;
  reply: string;
}

/** A webhook call the receiver answered, whether it took the message or not. */
export interface WebhookAnswer extends Acceptance {
  accepted: boolean;
}

export interface WebhookCall {
  url: string;
  agencyCode: string;
  body: string;
  idempotencyKey: string;
  headers: Record<string, string>;
}

export const MAX_REPLY_LENGTH = 500;
const WEBHOOK_TIMEOUT_MS = 30_000;

/** The environment variable that holds an agency's webhook signing secret, e.g. REPORT_WEBHOOK_SECRET_JAMY. */
export function webhookSecretVariable(agencyCode: string): string {
  return `REPORT_WEBHOOK_SECRET_${agencyCode.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** `sha256=<hex>`: HMAC-SHA256 of the exact body with the agency's secret. */
export function webhookSignature(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/**
 * Sends to an agency's copy receivers, by e-mail and by signed webhook: the
 * worker's real copies and an administrator's test message go the same way.
 */
@Injectable()
export class ReportCopySender {
  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async email(message: MailMessage): Promise<Acceptance> {
    const receipt = await this.mail.send(message);
    return { recipient: message.to.join(', '), reply: receipt.response };
  }

  /** POSTs the body signed with the agency's secret; throws when the call cannot be made, answers with what the receiver said otherwise. */
  async webhook(call: WebhookCall, timeoutMs = WEBHOOK_TIMEOUT_MS): Promise<WebhookAnswer> {
    await assertWebhookTargetAllowed(call.url, this.config, 'url');
    const variable = webhookSecretVariable(call.agencyCode);
    const secret = process.env[variable];
    if (!secret) throw new Error(`No webhook signing secret for ${call.agencyCode}: set ${variable}`);
    const response = await fetch(call.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'idempotency-key': call.idempotencyKey,
        'x-samverkan-signature': webhookSignature(call.body, secret),
        ...call.headers,
      },
      body: call.body,
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const reply = `HTTP ${response.status} ${(await response.text()).trim()}`.trim().slice(0, MAX_REPLY_LENGTH);
    return { recipient: call.url, reply, accepted: response.ok };
  }
}
