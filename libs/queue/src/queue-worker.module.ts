import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobDispatcher } from './job-dispatcher.service';
import { JobHandlerRegistry } from './job-handler.registry';
import { JobQueues } from './job-queues.service';
import { OutboxRelayService } from './outbox-relay.service';
import { OutboxWakeups } from './outbox-wakeups.listener';
import { OutboxRepository } from './outbox.repository';

/** The worker process's side: the outbox relay and the job dispatcher. Needs QueueModule. */
@Module({
  imports: [DiscoveryModule],
  providers: [OutboxRepository, JobQueues, OutboxWakeups, OutboxRelayService, JobHandlerRegistry, JobDispatcher],
  exports: [OutboxRelayService],
})
export class QueueWorkerModule {}
