import { IsOptional, IsUUID } from 'class-validator';

/** GET /exports/indicators.xlsx?planId=…&agencyId=…: a plan's indicators, or one agency's. */
export class IndicatorsExportArgs {
  @IsUUID()
  planId: string;

  @IsOptional()
  @IsUUID()
  agencyId?: string;
}
