import { Controller, Get, Header, Query, Req, StreamableFile } from '@nestjs/common';
import { Actor } from '@samverkan/auth';
import { ReportsService } from '../reports/reports.service';

/** GET /exports/report-version.pdf?versionId=… — a submitted version's PDF, with a session cookie or a bearer token like the other exports. */
@Controller('exports')
export class ReportPdfController {
  constructor(private readonly reports: ReportsService) {}

  @Get('report-version.pdf')
  @Header('cache-control', 'no-store')
  async versionPdf(@Req() req: { actor?: Actor | null }, @Query() query: Record<string, unknown>): Promise<StreamableFile> {
    const { pdf, fileName } = await this.reports.versionPdf(req.actor ?? null, query);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `attachment; filename="${fileName}"` });
  }
}
