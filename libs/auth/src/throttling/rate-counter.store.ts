import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import Redis from 'ioredis';

export interface WindowCount {
  /** Events counted in the current window, this one included. */
  count: number;
  /** Seconds until the window ends and the count starts again. */
  resetInSeconds: number;
}

// Lowers a count without creating a key that has no expiry.
const RELEASE_SCRIPT = `if redis.call('exists', KEYS[1]) == 1 then return redis.call('decr', KEYS[1]) end return 0`;

/**
 * Fixed-window counters in Redis, shared by every api replica. Keys live
 * under REDIS_PREFIX and carry a hash of the subject, never an e-mail or
 * address in clear. Redis is a delivery mechanism here too: when it is
 * unreachable the counters fail open (logged), so an outage of Redis does
 * not lock everyone out.
 */
@Injectable()
export class RateCounterStore implements OnModuleDestroy {
  private readonly logger = new Logger('RateCounters');
  private readonly redis: Redis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = new Redis(config.redisUrl, {
      keyPrefix: `${config.redisPrefix}:limits:`,
      // Processes that never count anything (schema:print) never connect.
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      commandTimeout: 1000,
    });
    this.redis.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
  }

  /** Counts one event against `subject` in its window of `windowSeconds`. */
  async hit(kind: string, subject: string, windowSeconds: number): Promise<WindowCount> {
    const key = keyOf(kind, subject);
    try {
      const results = await this.redis.multi().set(key, '0', 'EX', windowSeconds, 'NX').incr(key).pttl(key).exec();
      const count = Number(results?.[1]?.[1] ?? 0);
      const ttlMs = Number(results?.[2]?.[1] ?? 0);
      return { count, resetInSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) };
    } catch (error) {
      this.logger.warn(`Counting ${kind} failed open: ${(error as Error).message}`);
      return { count: 0, resetInSeconds: 0 };
    }
  }

  /** Takes back one counted event, e.g. an attempt that turned out to be legitimate. */
  async release(kind: string, subject: string): Promise<void> {
    await this.quietly(() => this.redis.eval(RELEASE_SCRIPT, 1, keyOf(kind, subject)));
  }

  async reset(kind: string, subject: string): Promise<void> {
    await this.quietly(() => this.redis.del(keyOf(kind, subject)));
  }

  async onModuleDestroy(): Promise<void> {
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }

  private async quietly(command: () => Promise<unknown>): Promise<void> {
    try {
      await command();
    } catch (error) {
      this.logger.warn(`Redis command failed: ${(error as Error).message}`);
    }
  }
}

function keyOf(kind: string, subject: string): string {
  return `${kind}:${createHash('sha256').update(subject).digest('base64url')}`;
}
