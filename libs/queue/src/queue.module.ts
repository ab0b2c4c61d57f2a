import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '@samverkan/config';
import { OutboxService } from './outbox.service';
import { QUEUE_CONNECTION, queueConnection } from './queue-connection';

/**
 * What every process needs: the outbox for mutations and the shared Redis
 * settings. Opens no Redis connection by itself.
 */
@Global()
@Module({
  providers: [{ provide: QUEUE_CONNECTION, inject: [APP_CONFIG], useFactory: queueConnection }, OutboxService],
  exports: [QUEUE_CONNECTION, OutboxService],
})
export class QueueModule {}
