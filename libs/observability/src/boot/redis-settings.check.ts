import { LoggerService } from '@nestjs/common';
import Redis from 'ioredis';
import { RedisCheckMode } from '../observability-config';
import { BootCheckError } from './boot-check.error';

/** Something about Redis that can lose or drop queued jobs; `certain` false when it could not be told. */
export interface RedisFinding {
  certain: boolean;
  message: string;
}

const NO_PERSISTENCE =
  'Redis has no persistence (appendonly no and no RDB snapshots): a restart drops every queued job and scheduled reminder. ' +
  'Nothing is lost (PostgreSQL is the record), but delivery waits for the relay to re-enqueue. Set appendonly yes';

/**
 * Reads Redis's eviction policy and persistence. Managed services often
 * forbid CONFIG: what cannot be read is reported as not certain.
 */
export async function inspectRedis(redisUrl: string): Promise<RedisFinding[]> {
  const client = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 5_000, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    return [{ certain: false, message: `Redis could not be reached at boot (${(error as Error).message}); its eviction policy and persistence were not checked` }];
  }
  try {
    const findings: RedisFinding[] = [];
    const policy = await configValue(client, 'maxmemory-policy');
    if (policy === null) {
      findings.push({ certain: false, message: 'Cannot read Redis maxmemory-policy (CONFIG GET is not allowed); make sure it is noeviction' });
    } else if (policy !== 'noeviction') {
      findings.push({ certain: true, message: `Redis maxmemory-policy is ${policy}: under memory pressure Redis drops queued jobs and locks. Set it to noeviction` });
    }
    const aofEnabled = /^aof_enabled:1\b/m.test(await client.info('persistence').catch(() => ''));
    if (!aofEnabled) {
      const save = await configValue(client, 'save');
      if (save === null) findings.push({ certain: false, message: 'Cannot tell whether Redis persists its data (appendonly is off, CONFIG GET save is not allowed)' });
      else if (save.trim() === '') findings.push({ certain: true, message: NO_PERSISTENCE });
    }
    return findings;
  } finally {
    client.disconnect();
  }
}

/** In REDIS_CHECK=refuse mode a certain finding stops the boot; everything else is a loud warning. */
export async function checkRedisSettings(redisUrl: string, mode: RedisCheckMode, logger: LoggerService): Promise<void> {
  const findings = await inspectRedis(redisUrl);
  const refusals = mode === 'refuse' ? findings.filter((finding) => finding.certain) : [];
  if (refusals.length > 0) {
    throw new BootCheckError(`Redis is not safe for queued work (REDIS_CHECK=refuse): ${refusals.map((finding) => finding.message).join('; ')}`);
  }
  for (const finding of findings) logger.warn(`REDIS CHECK: ${finding.message}`, 'BootChecks');
}

async function configValue(client: Redis, name: string): Promise<string | null> {
  try {
    const reply = (await client.config('GET', name)) as string[];
    return reply[1] ?? null;
  } catch {
    return null;
  }
}
