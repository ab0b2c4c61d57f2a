import { Controller, Get, Header, Query, Req, StreamableFile } from '@nestjs/common';
import { Actor } from '@samverkan/auth';
import { IndicatorsExportService, XLSX_CONTENT_TYPE } from './indicators-export.service';

/** GET /exports/indicators.xlsx?planId=…&agencyId=… — logged in with a bearer token, like the other exports. */
@Controller('exports')
export class IndicatorsExportController {
  constructor(private readonly exports: IndicatorsExportService) {}

  @Get('indicators.xlsx')
  @Header('content-type', XLSX_CONTENT_TYPE)
  @Header('content-disposition', 'attachment; filename="indikatorer.xlsx"')
  @Header('cache-control', 'no-store')
  async exportIndicators(@Req() req: { actor?: Actor | null }, @Query() query: Record<string, unknown>): Promise<StreamableFile> {
    return new StreamableFile(await this.exports.exportXlsx(req.actor ?? null, query));
  }
}
