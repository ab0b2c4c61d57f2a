import { RateCounterStore } from '@samverkan/auth';
import { AppConfig } from '@samverkan/config';
import { TestRedis, createTestRedis } from '@samverkan/testing';
import Redis from 'ioredis';

describe('RateCounterStore', () => {
  let redis: TestRedis;
  let store: RateCounterStore;

  beforeAll(() => {
    redis = createTestRedis();
    store = new RateCounterStore({ redisUrl: redis.url, redisPrefix: redis.prefix } as AppConfig);
  });
  afterAll(async () => {
    await store.onModuleDestroy();
    await redis.flush();
  });

  it('counts in a fixed window that expires, under the configured prefix, without the subject in clear', async () => {
    expect(await store.hit('test', 'anna@fk.example', 2)).toEqual({ count: 1, resetInSeconds: 2 });
    expect((await store.hit('test', 'anna@fk.example', 2)).count).toBe(2);
    expect((await store.hit('test', 'other@fk.example', 2)).count).toBe(1);

    const client = new Redis(redis.url);
    try {
      const keys = await client.keys(`${redis.prefix}:limits:test:*`);
      expect(keys).toHaveLength(2);
      expect(keys.join()).not.toContain('anna');
    } finally {
      client.disconnect();
    }
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await store.hit('test', 'anna@fk.example', 2)).count).toBe(1);
  });

  it('takes one back and resets', async () => {
    await store.hit('release', 'x', 60);
    await store.hit('release', 'x', 60);
    await store.release('release', 'x');
    expect((await store.hit('release', 'x', 60)).count).toBe(2);
    await store.reset('release', 'x');
    expect((await store.hit('release', 'x', 60)).count).toBe(1);
    // Releasing what was never counted creates nothing.
    await store.release('release', 'never');
    expect((await store.hit('release', 'never', 60)).count).toBe(1);
  });

  it('fails open, quickly, when Redis cannot be reached', async () => {
    const unreachable = new RateCounterStore({ redisUrl: 'redis://127.0.0.1:1', redisPrefix: 'nowhere' } as AppConfig);
    try {
      const started = Date.now();
      expect(await unreachable.hit('test', 'x', 60)).toEqual({ count: 0, resetInSeconds: 0 });
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await unreachable.onModuleDestroy();
    }
  });
});
