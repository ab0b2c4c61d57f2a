import { ConfigValidationError, Env, EnvReader, NodeEnv } from '@samverkan/config';

export const OBSERVABILITY_CONFIG = Symbol('OBSERVABILITY_CONFIG');

export type RedisCheckMode = 'warn' | 'refuse';

/** How the processes report on themselves and start and stop; read once at boot, like AppConfig. */
export interface ObservabilityConfig {
  /** Bearer token that GET /metrics asks for; empty: metrics are open (keep the port off public networks). */
  metricsToken: string;
  /** How long requests in flight (api) or jobs in progress (worker) get after SIGTERM. */
  shutdownTimeoutMs: number;
  /** The worker's own listener for /health/* and /metrics; 0: none. */
  workerHealthPort: number;
  /** In production: only warn, or refuse to start, when Redis may evict or lose queued jobs. */
  redisCheck: RedisCheckMode;
  /** Apply pending migrations at boot (one process at a time) instead of refusing to start. */
  migrateOnBoot: boolean;
}

const REDIS_CHECK_MODES: RedisCheckMode[] = ['warn', 'refuse'];
const DEFAULT_WORKER_HEALTH_PORT = 3001;
const MIN_METRICS_TOKEN_LENGTH = 16;

/**
 * Reads the observability settings; throws ConfigValidationError with one
 * line per bad variable. Tests boot several workers in one process, so the
 * worker's listener is off by default there.
 */
export function loadObservabilityConfig(env: Env, nodeEnv: NodeEnv): ObservabilityConfig {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);
  const metricsToken = read.string('METRICS_TOKEN', '');
  if (metricsToken !== '' && metricsToken.length < MIN_METRICS_TOKEN_LENGTH) {
    read.problem(`METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters long`);
  }
  const config: ObservabilityConfig = {
    metricsToken,
    shutdownTimeoutMs: read.integer('SHUTDOWN_TIMEOUT_MS', 25_000, 100, 600_000),
    workerHealthPort: read.integer('WORKER_HEALTH_PORT', nodeEnv === 'test' ? 0 : DEFAULT_WORKER_HEALTH_PORT, 0, 65535),
    redisCheck: read.oneOf('REDIS_CHECK', REDIS_CHECK_MODES, 'warn'),
    migrateOnBoot: read.boolean('MIGRATE_ON_BOOT', false),
  };
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return config;
}
