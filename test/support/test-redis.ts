import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { TEST_REDIS_URL, testRunId } from './test-env';

/** A Redis key prefix of this suite's own, and a way to remove every key under it. */
export interface TestRedis {
  url: string;
  prefix: string;
  flush(): Promise<void>;
}

export function createTestRedis(): TestRedis {
  const prefix = `sv-test:${testRunId()}:${process.env.JEST_WORKER_ID ?? '0'}:${randomBytes(3).toString('hex')}`;
  return {
    url: TEST_REDIS_URL,
    prefix,
    async flush() {
      const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
      try {
        let cursor = '0';
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
          if (keys.length > 0) await redis.del(...keys);
          cursor = next;
        } while (cursor !== '0');
      } finally {
        redis.disconnect();
      }
    },
  };
}
