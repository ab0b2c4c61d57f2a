import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { Public } from '@samverkan/auth';
import { Response } from 'express';
import { Registry } from 'prom-client';
import { OBSERVABILITY_CONFIG, ObservabilityConfig } from '../observability-config';
import { mayReadMetrics } from './metrics-access';

/** Prometheus scrapes the api here; with METRICS_TOKEN set, only with that bearer token. */
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly registry: Registry,
    @Inject(OBSERVABILITY_CONFIG) private readonly config: ObservabilityConfig,
  ) {}

  @Get()
  async metrics(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    if (!mayReadMetrics(authorization, this.config.metricsToken)) {
      res.status(401).setHeader('WWW-Authenticate', 'Bearer').json({ error: { code: 'UNAUTHENTICATED', message: 'Metrics need the metrics token' } });
      return;
    }
    res.setHeader('Content-Type', this.registry.contentType);
    res.send(await this.registry.metrics());
  }
}
