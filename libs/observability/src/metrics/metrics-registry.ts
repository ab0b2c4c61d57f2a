import { Provider } from '@nestjs/common';
import { Registry, collectDefaultMetrics } from 'prom-client';

/**
 * One registry per application, not prom-client's global one: tests boot
 * several apps in one process, and each must count only its own.
 */
export const METRICS_REGISTRY_PROVIDER: Provider = {
  provide: Registry,
  useFactory: (): Registry => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    return registry;
  },
};

/** Seconds, from 5 ms to a minute: requests, operations and jobs all fall in this range. */
export const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
