import { Injectable } from '@nestjs/common';
import { Actor } from '@samverkan/auth';
import { LoaderRegistry } from '@samverkan/common';
import { AgenciesService, GroupsService } from '@samverkan/organisation';
import { CsvCell, OverviewFigures, OverviewLabelsService, OverviewRow, PlanOverview, PlanOverviewArgs, PlanOverviewService, csvDocument, parseQueryArgs } from '@samverkan/plan';
import { ExpectedReport, ReportKind, ReportScheduleService, ReportStatus } from '@samverkan/reports';
import { Workbook } from 'exceljs';

/** One table of the meeting papers: Swedish headings, then rows of text and numbers. */
export interface ExportTable {
  /** The worksheet's name: at most 31 characters. */
  sheet: string;
  title: string;
  header: string[];
  rows: CsvCell[][];
}

const OVERVIEW_QUERY = { integers: new Set(['year', 'listSize']) };

export const FIGURE_HEADER = [
  'Indelning',
  'Namn',
  'Åtgärder',
  'Planerade',
  'Pågår',
  'Klara',
  'Blockerade',
  'Avbrutna',
  'Enligt plan',
  'Risk',
  'Avviker',
  'Andel klara (%)',
  'Genomsnittligt framsteg (%)',
  'Försenade',
  'Inaktuella',
];

export const REPORT_HEADER = ['År', 'Rapport', 'Arbetsgrupp eller myndighet', 'Sista dag', 'Läge', 'Inskickad', 'Försenad'];

const DIMENSIONS: [keyof Pick<PlanOverview, 'byGroup' | 'byDevelopmentArea' | 'byLeadAgency' | 'byPerspective'>, string][] = [
  ['byGroup', 'Arbetsgrupp'],
  ['byDevelopmentArea', 'Utvecklingsområde'],
  ['byLeadAgency', 'Ansvarig myndighet'],
  ['byPerspective', 'Perspektiv'],
];

const REPORT_KIND_SV: Record<ReportKind, string> = {
  [ReportKind.WORKING_GROUP]: 'Arbetsgruppens årsrapport',
  [ReportKind.AGENCY_FOLLOW_UP]: 'Myndighetens uppföljning av mål',
};

const REPORT_STATUS_SV: Record<ReportStatus, string> = {
  [ReportStatus.DRAFT]: 'Utkast',
  [ReportStatus.SUBMITTED]: 'Inskickad',
  [ReportStatus.ACKNOWLEDGED]: 'Godkänd',
  [ReportStatus.RETURNED]: 'Återsänd för komplettering',
};

/** Completion as a percentage with one decimal, as the workspace shows it. */
export const completionPercent = (completion: number): number => Math.round(completion * 1000) / 10;

function figureCells(figures: OverviewFigures): CsvCell[] {
  const { byStatus: s, byHealth: h } = figures;
  return [
    figures.items,
    s.planned,
    s.inProgress,
    s.done,
    s.blocked,
    s.cancelled,
    h.onTrack,
    h.atRisk,
    h.offTrack,
    completionPercent(figures.completion),
    figures.averageProgress,
    figures.overdue,
    figures.stale,
  ];
}

/**
 * The steering group's overview as meeting papers: its figures and the
 * reports missing or late, the same numbers as the planOverview query
 * (they come from it), as a spreadsheet or as CSV.
 */
@Injectable()
export class PlanOverviewExportService {
  constructor(
    private readonly overviews: PlanOverviewService,
    private readonly labels: OverviewLabelsService,
    private readonly schedule: ReportScheduleService,
    private readonly groups: GroupsService,
    private readonly agencies: AgenciesService,
  ) {}

  async csv(actor: Actor | null, query: Record<string, unknown>): Promise<string> {
    const [figures, reports] = await this.tables(actor, query);
    return csvDocument(figures.header, [...figures.rows, [], [reports.title], reports.header, ...reports.rows]);
  }

  async xlsx(actor: Actor | null, query: Record<string, unknown>): Promise<Buffer> {
    const workbook = new Workbook();
    workbook.creator = 'Samverkan';
    for (const table of await this.tables(actor, query)) {
      const sheet = workbook.addWorksheet(table.sheet);
      sheet.addRow(table.header).font = { bold: true };
      sheet.addRows(table.rows);
      sheet.views = [{ state: 'frozen', ySplit: 1 }];
      sheet.columns.forEach((column, index) => (column.width = Math.max(12, table.header[index]!.length + 2)));
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  private async tables(actor: Actor | null, query: Record<string, unknown>): Promise<[ExportTable, ExportTable]> {
    const args = await parseQueryArgs(PlanOverviewArgs, query, OVERVIEW_QUERY);
    const overview = await this.overviews.overview(actor, args);
    const loaders = new LoaderRegistry();
    const labelled = async (rows: OverviewRow[], dimension: string): Promise<CsvCell[][]> =>
      Promise.all(rows.map(async (row) => [dimension, await this.labels.labelOf(loaders, row), ...figureCells(row)]));
    const byDimension = await Promise.all(DIMENSIONS.map(([key, dimension]) => labelled(overview[key], dimension)));
    const reports = await this.schedule.missingOrLate(actor, overview.planId, overview.year);
    return [
      { sheet: 'Översikt', title: 'Översikt', header: FIGURE_HEADER, rows: [['Totalt', overview.year ? String(overview.year) : 'Hela planen', ...figureCells(overview.totals)], ...byDimension.flat()] },
      { sheet: 'Saknade och sena rapporter', title: 'Rapporter som saknas eller är sena', header: REPORT_HEADER, rows: await Promise.all(reports.map((report) => this.reportRow(loaders, report))) },
    ];
  }

  private async reportRow(loaders: LoaderRegistry, report: ExpectedReport): Promise<CsvCell[]> {
    const author = report.groupId ? (await this.groups.load(loaders, report.groupId))?.name : (await this.agencies.load(loaders, report.agencyId!))?.nameSv;
    return [
      report.year,
      REPORT_KIND_SV[report.kind],
      author ?? '',
      report.dueDate,
      report.status ? REPORT_STATUS_SV[report.status] : 'Inte påbörjad',
      report.submittedAt ? report.submittedAt.toISOString().slice(0, 10) : null,
      report.late ? 'Ja' : 'Nej',
    ];
  }
}
