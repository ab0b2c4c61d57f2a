import { Provider } from '@nestjs/common';
import { DependencyChecks } from './health/dependency-checks.service';
import { METRICS_REGISTRY_PROVIDER } from './metrics/metrics-registry';
import { OBSERVABILITY_CONFIG, ObservabilityConfig } from './observability-config';
import { ObservedQueues } from './queues/observed-queues';

/** What the api and the worker both have: the settings, a metrics registry, dependency checks, read-side queue handles. */
export function processObservabilityProviders(config: ObservabilityConfig): Provider[] {
  return [{ provide: OBSERVABILITY_CONFIG, useValue: config }, METRICS_REGISTRY_PROVIDER, DependencyChecks, ObservedQueues];
}
