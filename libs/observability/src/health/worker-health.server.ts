import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import { OutboxRelayService } from '@samverkan/queue';
import { Registry } from 'prom-client';
import { mayReadMetrics } from '../metrics/metrics-access';
import { OBSERVABILITY_CONFIG, ObservabilityConfig } from '../observability-config';
import { ALL_QUEUE_NAMES } from '../queues/observed-queues';
import { DependencyChecks } from './dependency-checks.service';
import { HealthCheck, LIVE, healthReport, httpStatusOf } from './health-report';
import { QueueConsumers } from './queue-consumers';

/** The relay passes every OUTBOX_POLL_MS; this many missed passes (and at least RELAY_STALE_MIN_MS) make the worker unready. */
const RELAY_STALE_AFTER_POLLS = 10;
const RELAY_STALE_MIN_MS = 15_000;

/**
 * The worker has no HTTP API by design; this small listener on
 * WORKER_HEALTH_PORT serves only its probes and its metrics. Ready means:
 * PostgreSQL and Redis answer, every queue has a running worker in this
 * process, and the outbox relay finished a pass recently.
 */
@Injectable()
export class WorkerHealthServer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WorkerHealthServer.name);
  private server?: Server;

  constructor(
    @Inject(OBSERVABILITY_CONFIG) private readonly observability: ObservabilityConfig,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dependencies: DependencyChecks,
    private readonly consumers: QueueConsumers,
    private readonly relay: OutboxRelayService,
    private readonly registry: Registry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.observability.workerHealthPort === 0) return;
    const server = createServer((req, res) => {
      this.answer(req, res).catch((error: unknown) => {
        this.logger.error(`Health listener failed on ${req.url}: ${(error as Error).message}`);
        if (!res.headersSent) send(res, 500, 'application/json', JSON.stringify({ error: 'Internal error' }));
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.observability.workerHealthPort, this.config.host, resolve);
    });
    this.server = server;
    this.logger.log(`Health and metrics on http://${this.config.host}:${this.port}/health/ready and /metrics`);
  }

  /** First in the shutdown: from here on the worker reports itself gone. */
  async onModuleDestroy(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  get port(): number | null {
    return (this.server?.address() as AddressInfo | null)?.port ?? null;
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'GET') return send(res, 405, 'application/json', JSON.stringify({ error: 'GET only' }));
    switch (path) {
      case '/health/live':
        return send(res, 200, 'application/json', JSON.stringify(LIVE));
      case '/health/ready': {
        const report = await healthReport(this.readinessChecks());
        return send(res, httpStatusOf(report), 'application/json', JSON.stringify(report));
      }
      case '/metrics':
        if (!mayReadMetrics(req.headers.authorization, this.observability.metricsToken)) {
          return send(res, 401, 'application/json', JSON.stringify({ error: 'Metrics need the metrics token' }));
        }
        return send(res, 200, this.registry.contentType, await this.registry.metrics());
      default:
        return send(res, 404, 'application/json', JSON.stringify({ error: 'Not found' }));
    }
  }

  private readinessChecks(): Record<string, HealthCheck> {
    const unconsumed = new Set(this.consumers.unconsumed(ALL_QUEUE_NAMES));
    const queueChecks = ALL_QUEUE_NAMES.map((queue): [string, HealthCheck] => [
      `queue:${queue}`,
      async () => {
        if (unconsumed.has(queue)) throw new Error(`No running worker for queue ${queue}`);
      },
    ]);
    return {
      postgres: this.dependencies.postgres,
      redis: this.dependencies.redisPing,
      ...Object.fromEntries(queueChecks),
      relay: async () => {
        const staleAfterMs = Math.max(RELAY_STALE_AFTER_POLLS * this.config.outboxPollMs, RELAY_STALE_MIN_MS);
        const lastPass = this.relay.lastPassAt;
        if (!lastPass || Date.now() - lastPass.getTime() > staleAfterMs) throw new Error('The outbox relay has not finished a pass recently');
      },
    };
  }
}

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, { 'Content-Type': contentType, 'Cache-Control': 'no-store' });
  res.end(body);
}
