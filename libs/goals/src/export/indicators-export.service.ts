import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Action, Actor, PolicyService } from '@samverkan/auth';
import { EntityNotFoundException } from '@samverkan/common';
import { parseQueryArgs } from '@samverkan/plan';
import ExcelJS from 'exceljs';
import { Repository } from 'typeorm';
import { IndicatorPlanFigures } from '../indicators/indicator-figures';
import { IndicatorDirection, IndicatorUnit, Indicator } from '../indicators/indicator.entity';
import { IndicatorsExportArgs } from './indicators-export.args';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One indicator with one of its measurements, current or superseded, or with none. */
interface ExportRow extends IndicatorPlanFigures {
  agency: string;
  goal: string;
  indicatorId: string;
  indicator: string;
  measurementId: string | null;
  year: number | null;
  measuredOn: string | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
  source: string | null;
  supersedesId: string | null;
  supersededById: string | null;
}

/** One statement: the plan's goals, their indicators and every measurement ever recorded, corrected ones included. */
const ROWS = `
  SELECT ag.name_sv AS agency, g.title AS goal, i.id AS "indicatorId", i.name AS indicator, i.unit, i.direction,
         i.baseline_value AS "baselineValue", i.baseline_year AS "baselineYear", i.target_value AS "targetValue", i.target_year AS "targetYear",
         m.id AS "measurementId", m.year, m.measured_on::text AS "measuredOn", m.value, m.numerator, m.denominator, m.note, m.source,
         m.supersedes_id AS "supersedesId", c.id AS "supersededById"
    FROM goals g
    JOIN agencies ag ON ag.id = g.agency_id
    JOIN goal_indicators i ON i.goal_id = g.id
    LEFT JOIN indicator_measurements m ON m.indicator_id = i.id
    LEFT JOIN indicator_measurements c ON c.supersedes_id = m.id
   WHERE g.plan_id = $1 AND ($2::uuid IS NULL OR g.agency_id = $2)
   ORDER BY ag.name_sv, g.title, g.id, i.name, i.id, m.year, m.measured_on NULLS LAST, m.created_at, m.id`;

const UNIT_SV: Record<IndicatorUnit, string> = {
  [IndicatorUnit.COUNT]: 'Antal',
  [IndicatorUnit.PERCENT]: 'Procent',
  [IndicatorUnit.RATIO]: 'Andel',
};

const DIRECTION_SV: Record<IndicatorDirection, string> = {
  [IndicatorDirection.HIGHER_IS_BETTER]: 'Högre är bättre',
  [IndicatorDirection.LOWER_IS_BETTER]: 'Lägre är bättre',
};

/** How a figure in the indicator's unit is shown; the cell keeps the number as GraphQL gives it (a share 0–1 for RATIO). */
const FIGURE_FORMAT: Record<IndicatorUnit, string> = {
  [IndicatorUnit.COUNT]: '#,##0',
  [IndicatorUnit.PERCENT]: '0.0" %"',
  [IndicatorUnit.RATIO]: '0.0%',
};

const MEASUREMENT_STATUS_SV = {
  current: 'Gällande',
  correction: 'Gällande (rättelse)',
  superseded: 'Ersatt',
  none: 'Ingen mätning',
} as const;

function statusOf(row: ExportRow): string {
  if (row.measurementId === null) return MEASUREMENT_STATUS_SV.none;
  if (row.supersededById !== null) return MEASUREMENT_STATUS_SV.superseded;
  return row.supersedesId === null ? MEASUREMENT_STATUS_SV.current : MEASUREMENT_STATUS_SV.correction;
}

const COLUMNS: { header: string; key: string; width: number; figure?: true }[] = [
  { header: 'Myndighet', key: 'agency', width: 24 },
  { header: 'Mål', key: 'goal', width: 36 },
  { header: 'Indikator', key: 'indicator', width: 36 },
  { header: 'Enhet', key: 'unit', width: 10 },
  { header: 'Riktning', key: 'direction', width: 16 },
  { header: 'Utgångsvärde', key: 'baselineValue', width: 14, figure: true },
  { header: 'Utgångsår', key: 'baselineYear', width: 11 },
  { header: 'Målvärde', key: 'targetValue', width: 12, figure: true },
  { header: 'Målår', key: 'targetYear', width: 9 },
  { header: 'År', key: 'year', width: 8 },
  { header: 'Mätdatum', key: 'measuredOn', width: 12 },
  { header: 'Uppmätt värde', key: 'value', width: 15, figure: true },
  { header: 'Täljare', key: 'numerator', width: 10 },
  { header: 'Nämnare', key: 'denominator', width: 10 },
  { header: 'Status', key: 'status', width: 20 },
  { header: 'Anteckning', key: 'note', width: 36 },
  { header: 'Källa', key: 'source', width: 24 },
  { header: 'Indikator-id', key: 'indicatorId', width: 38 },
  { header: 'Mätnings-id', key: 'measurementId', width: 38 },
  { header: 'Ersatt av', key: 'supersededById', width: 38 },
];


/**
 * The indicators of a plan (or of one agency in it) with their measurements,
 * as a workbook for meeting papers: Swedish headings, one row per indicator
 * and measurement, corrected figures kept and marked as superseded.
 */
@Injectable()
export class IndicatorsExportService {
  constructor(
    @InjectRepository(Indicator) private readonly indicators: Repository<Indicator>,
    private readonly policy: PolicyService,
  ) {}

  async exportXlsx(actor: Actor | null, query: Record<string, unknown>): Promise<Buffer> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    const args = await parseQueryArgs(IndicatorsExportArgs, query);
    const [plan]: { title: string }[] = await this.indicators.query(`SELECT title FROM plans WHERE id = $1`, [args.planId]);
    if (!plan) throw new EntityNotFoundException('Plan', args.planId, 'planId');
    const rows: ExportRow[] = await this.indicators.query(ROWS, [args.planId, args.agencyId ?? null]);

    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Samverkan';
    workbook.title = `Indikatorer: ${plan.title}`;
    const sheet = workbook.addWorksheet('Indikatorer', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = COLUMNS.map(({ header, key, width }) => ({ header, key, width }));
    sheet.getRow(1).font = { bold: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
    for (const row of rows) {
      const added = sheet.addRow({
        ...row,
        unit: UNIT_SV[row.unit],
        direction: DIRECTION_SV[row.direction],
        status: statusOf(row),
        note: row.note || null,
        source: row.source || null,
      });
      for (const [index, column] of COLUMNS.entries()) {
        if (column.figure) added.getCell(index + 1).numFmt = FIGURE_FORMAT[row.unit];
      }
      if (row.supersededById !== null) added.font = { color: { argb: 'FF767676' }, strike: true };
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
