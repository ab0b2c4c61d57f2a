import { Controller, Get, Header, Query, Req } from '@nestjs/common';
import { Actor } from '@samverkan/auth';
import { ActionItemsExportService } from './action-items-export.service';

/** GET /exports/action-items.csv?planId=…&status=IN_PROGRESS,BLOCKED&overdue=true — the same filters as the actionItems query. */
@Controller('exports')
export class ActionItemsExportController {
  constructor(private readonly exports: ActionItemsExportService) {}

  @Get('action-items.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="atgarder.csv"')
  @Header('cache-control', 'no-store')
  exportItems(@Req() req: { actor?: Actor | null }, @Query() query: Record<string, unknown>): Promise<string> {
    return this.exports.exportCsv(req.actor ?? null, query);
  }
}
