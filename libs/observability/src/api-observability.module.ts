import { DynamicModule, Module } from '@nestjs/common';
import { OrganisationModule } from '@samverkan/organisation';
import { QueueDashboard } from './dashboard/queue-dashboard';
import { HealthController } from './health/health.controller';
import { RequestObserver } from './http/request-observer';
import { GraphqlMetricsPlugin } from './metrics/graphql-metrics.plugin';
import { MetricsController } from './metrics/metrics.controller';
import { ObservabilityConfig } from './observability-config';
import { processObservabilityProviders } from './process-observability.providers';

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
      providers: [...processObservabilityProviders(config), RequestObserver, GraphqlMetricsPlugin, QueueDashboard],
    };
  }
}
