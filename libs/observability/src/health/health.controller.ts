import { Controller, Get, Res } from '@nestjs/common';
import { Public } from '@samverkan/auth';
import { Response } from 'express';
import { DependencyChecks } from './dependency-checks.service';
import { HealthReport, LIVE, healthReport, httpStatusOf } from './health-report';

/** The api's probes; public, and they say nothing beyond up or down. */
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly dependencies: DependencyChecks) {}

  /** The process answers: restart it when this fails. */
  @Get('live')
  live(): typeof LIVE {
    return LIVE;
  }

  /** PostgreSQL and Redis answer: send it traffic only while this passes. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    const report = await healthReport({ postgres: this.dependencies.postgres, redis: this.dependencies.redisPing });
    res.status(httpStatusOf(report));
    return report;
  }
}
