import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import { Client } from 'pg';
import { describeError } from './outbox-retry.policy';

/** The channel the outbox table's trigger notifies on commit (migration OutboxNotify). */
export const OUTBOX_CHANNEL = 'outbox_messages_due';
const RECONNECT_MIN_MS = 1_000;
const RECONNECT_MAX_MS = 30_000;

/**
 * A connection of its own that LISTENs for new or newly due outbox messages,
 * so the relay moves them on at once instead of at its next poll. Only a
 * speed-up: while it is disconnected the relay still polls, so nothing waits
 * longer than the poll interval.
 */
@Injectable()
export class OutboxWakeups implements OnModuleDestroy {
  private readonly logger = new Logger(OutboxWakeups.name);
  private client: Client | null = null;
  private reconnectTimer?: NodeJS.Timeout;
  private reconnectMs = RECONNECT_MIN_MS;
  private stopped = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Calls `wake` after every commit that wrote or re-timed outbox messages. */
  listen(wake: () => void): void {
    const client = new Client({ connectionString: this.config.databaseUrl, application_name: 'samverkan-outbox-wakeups' });
    this.client = client;
    client.on('notification', () => wake());
    client.on('error', (error) => this.reconnect(client, wake, error));
    client.on('end', () => this.reconnect(client, wake, new Error('connection closed')));
    client
      .connect()
      .then(() => client.query(`LISTEN ${OUTBOX_CHANNEL}`))
      .then(() => {
        this.reconnectMs = RECONNECT_MIN_MS;
        // Whatever was written while nobody listened.
        wake();
      })
      .catch((error: unknown) => this.reconnect(client, wake, error));
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private reconnect(client: Client, wake: () => void, error: unknown): void {
    if (this.stopped || this.client !== client) return;
    this.client = null;
    client.removeAllListeners();
    // A late 'error' from the dead connection must not crash the process.
    client.on('error', () => undefined);
    client.end().catch(() => undefined);
    this.logger.warn(`Outbox wake-ups lost (${describeError(error)}); polling every ${this.config.outboxPollMs} ms, reconnecting in ${this.reconnectMs} ms`);
    this.reconnectTimer = setTimeout(() => this.listen(wake), this.reconnectMs);
    this.reconnectMs = Math.min(this.reconnectMs * 2, RECONNECT_MAX_MS);
  }
}
