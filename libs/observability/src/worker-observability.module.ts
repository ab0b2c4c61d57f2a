import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { QueueWorkerModule } from '@samverkan/queue';
import { QueueConsumers } from './health/queue-consumers';
import { WorkerHealthServer } from './health/worker-health.server';
import { BacklogMetrics } from './metrics/backlog-metrics';
import { JobMetrics } from './metrics/job-metrics';
import { ObservabilityConfig } from './observability-config';
import { processObservabilityProviders } from './process-observability.providers';

/**
 * The worker's side: its health and metrics listener (WORKER_HEALTH_PORT),
 * job, queue, outbox and reminder metrics. Import it last, after the modules
 * that start BullMQ workers.
 */
@Module({})
export class WorkerObservabilityModule {
  static forRoot(config: ObservabilityConfig): DynamicModule {
    return {
      module: WorkerObservabilityModule,
      imports: [DiscoveryModule, QueueWorkerModule],
      providers: [...processObservabilityProviders(config), QueueConsumers, JobMetrics, BacklogMetrics, WorkerHealthServer],
    };
  }
}
