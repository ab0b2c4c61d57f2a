import { DynamicModule, Module } from '@nestjs/common';
import { OrganisationModule } from '@samverkan/organisation';
import { QueueDashboard } from './dashboard/queue-dashboard';
import { DependencyChecks } from './health/dependency-checks.service';
import { HealthController } from './health/health.controller';
import { RequestObserver } from './http/request-observer';
import { GraphqlMetricsPlugin } from './metrics/graphql-metrics.plugin';
import { METRICS_REGISTRY_PROVIDER } from './metrics/metrics-registry';
import { MetricsController } from './metrics/metrics.controller';
import { OBSERVABILITY_CONFIG, ObservabilityConfig } from './observability-config';
import { ObservedQueues } from './queues/observed-queues';

/**
 * The api's side: /health/live, /health/ready, /metrics, request and GraphQL
 * metrics, and the queue dashboard. createApiApp mounts RequestObserver and
 * QueueDashboard, which sit outside Nest's router.
 */
@Module({})
export class ApiObservabilityModule {
  static forRoot(config: ObservabilityConfig): DynamicModule {
    return {
      module: ApiObservabilityModule,
      imports: [OrganisationModule],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: OBSERVABILITY_CONFIG, useValue: config },
        METRICS_REGISTRY_PROVIDER,
        DependencyChecks,
        RequestObserver,
        GraphqlMetricsPlugin,
        ObservedQueues,
        QueueDashboard,
      ],
    };
  }
}
