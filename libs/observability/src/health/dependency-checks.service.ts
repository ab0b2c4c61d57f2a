import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { HealthCheck } from './health-report';

/** Whether this process reaches PostgreSQL and Redis, for the readiness probes. */
@Injectable()
export class DependencyChecks implements OnApplicationShutdown {
  /** A connection of its own, so a probe never queues behind BullMQ's blocking commands. */
  private readonly redis: Redis;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.redis = new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
    // A probe reports Redis down; the error event itself needs no log line every reconnect.
    this.redis.on('error', () => undefined);
  }

  readonly postgres: HealthCheck = () => this.dataSource.query('SELECT 1');

  readonly redisPing: HealthCheck = async () => {
    if ((await this.redis.ping()) !== 'PONG') throw new Error('Redis did not answer PONG');
  };

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
