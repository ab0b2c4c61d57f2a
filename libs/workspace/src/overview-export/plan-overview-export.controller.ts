import { Controller, Get, Header, Query, Req, StreamableFile } from '@nestjs/common';
import { AuthenticatedRequest } from '@samverkan/auth';
import { PlanOverviewExportService } from './plan-overview-export.service';

/**
 * GET /exports/plan-overview.xlsx?planId=…&year=2020 and …/plan-overview.csv:
 * the overview for meeting papers, with the planOverview query's arguments.
 */
@Controller('exports')
export class PlanOverviewExportController {
  constructor(private readonly exports: PlanOverviewExportService) {}

  @Get('plan-overview.xlsx')
  @Header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @Header('content-disposition', 'attachment; filename="oversikt.xlsx"')
  @Header('cache-control', 'no-store')
  async xlsx(@Req() req: AuthenticatedRequest, @Query() query: Record<string, unknown>): Promise<StreamableFile> {
    return new StreamableFile(await this.exports.xlsx(req.actor ?? null, query));
  }

  @Get('plan-overview.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="oversikt.csv"')
  @Header('cache-control', 'no-store')
  csv(@Req() req: AuthenticatedRequest, @Query() query: Record<string, unknown>): Promise<string> {
    return this.exports.csv(req.actor ?? null, query);
  }
}
