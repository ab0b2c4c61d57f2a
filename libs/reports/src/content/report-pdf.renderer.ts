import PDFDocument from 'pdfkit';
import { ReportLanguage } from '../reports/report-language';
import { PdfTable } from '../snapshots/pdf-block';
import { describeReportSnapshot } from '../snapshots/report-snapshot';
import { ReportDocument } from './report-document';
import { REPORT_LABELS, ReportLabels, formatDate, formatDateTime } from './report-labels';

/**
 * Source Sans 3 (OFL-1.1), embedded as subsets: filed documents must not
 * depend on the reader's fonts. Resolved through the package so the path
 * holds from the sources, from dist/ and in the image.
 */
const FONT_FILES = {
  regular: require.resolve('source-sans/TTF/SourceSans3-Regular.ttf'),
  bold: require.resolve('source-sans/TTF/SourceSans3-Bold.ttf'),
} as const;

type FontName = keyof typeof FONT_FILES;

const MARGIN = 56;
const FOOTER_HEIGHT = 28;
const TEXT_SIZE = 10.5;
const HEADING_SIZES = { H1: 18, H2: 13.5, H3: 11.5 } as const;
const RULE_COLOUR = '#8c8c8c';
const HEADER_FILL = '#e8ecef';
const MUTED = '#444444';


/** pdfkit's table options as far as the bundled typings lack them: tagging and header scope. */
type TaggedTableOptions = PDFKit.Mixins.TableOptionsWithData & { structParent: PDFKit.PDFStructureElement };

function authorName(document: ReportDocument): string {
  return document.report.group?.name ?? document.report.agency?.name ?? '';
}

/** "Arbetsgruppens årsrapport 2021: Arbetsgrupp 2 …", as the title bar and the first heading show it. */
export function reportTitle(document: ReportDocument, language: ReportLanguage): string {
  return `${REPORT_LABELS[language].kindTitle[document.report.kind]} ${document.report.year}: ${authorName(document)}`;
}

/**
 * Renders a submitted version for filing: a tagged PDF (headings, paragraphs
 * and tables in reading order, Lang, the title shown by the viewer) with its
 * fonts embedded, in the report's language, carrying the registration number
 * and the SHA-256 of the JSON document. Deterministic: the dates in the PDF
 * are the submission time and pdfkit derives the file id from them, so the
 * same document always gives the same bytes.
 */
export function renderReportPdf(document: ReportDocument, sha256: string, language: ReportLanguage): Promise<Buffer> {
  const labels = REPORT_LABELS[language];
  const submittedAt = new Date(document.version.submittedAt);
  const title = reportTitle(document, language);
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_HEIGHT },
    pdfVersion: '1.7',
    tagged: true,
    lang: labels.locale,
    displayTitle: true,
    // No standard-14 font is ever loaded, so none can end up unembedded.
    font: FONT_FILES.regular,
    bufferPages: true,
    info: {
      Title: title,
      Author: authorName(document),
      Subject: `${labels.registrationNumber}: ${document.version.registrationNumber ?? labels.noRegistrationNumber}; SHA-256 ${sha256}`,
      Creator: 'Samverkan',
      Producer: 'Samverkan',
      CreationDate: submittedAt,
      ModDate: submittedAt,
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  for (const [name, file] of Object.entries(FONT_FILES)) pdf.registerFont(name, file);

  const body = pdf.struct('Document');
  pdf.addStructure(body);
  const writer = new TaggedWriter(pdf, body);

  writer.heading('H1', title);
  writer.table(detailsTable(document, sha256, labels), { rowHeaders: true });

  const { sections } = document;
  writer.heading('H2', labels.summary);
  writer.paragraph(sections.summary);
  writer.heading('H2', labels.workDone);
  for (const work of sections.workDone) {
    writer.heading('H3', labels.area(work.developmentArea.number, work.developmentArea.title));
    writer.paragraph(work.text);
  }
  writer.heading('H2', labels.results);
  writer.paragraph(sections.results);
  writer.heading('H2', labels.perspectives);
  for (const account of sections.perspectives) {
    writer.heading('H3', account.notApplicable ? `${account.perspective.title} (${labels.notApplicable})` : account.perspective.title);
    writer.paragraph(account.text);
  }
  writer.heading('H2', labels.challenges);
  writer.paragraph(sections.challenges);
  writer.heading('H2', labels.nextYearFocus);
  writer.paragraph(sections.nextYearFocus);

  writer.heading('H2', labels.planData);
  for (const block of describeReportSnapshot(document.report.kind, document.snapshot, labels)) {
    writer.heading('H3', block.heading);
    for (const text of block.paragraphs) writer.paragraph(text);
    if (block.table) writer.table(block.table, { rowHeaders: false });
  }

  writer.heading('H2', labels.verification);
  writer.paragraph(`${labels.sha256}: ${sha256}`);
  writer.paragraph(labels.verificationHow);

  writer.footers(`${labels.registrationNumber}: ${document.version.registrationNumber ?? labels.noRegistrationNumber}`, labels);
  body.end();
  pdf.end();
  return done;
}

/** The report's particulars as label/value rows, each label a row header. */
function detailsTable(document: ReportDocument, sha256: string, labels: ReportLabels): PdfTable {
  const { report, version } = document;
  return {
    columns: [
      { header: '', width: 150 },
      { header: '', width: '*' },
    ],
    rows: [
      [labels.author[report.kind], authorName(document)],
      [labels.plan, `${report.plan.title} (${report.plan.key})`],
      [labels.version, String(version.number)],
      [labels.submitted, formatDateTime(version.submittedAt, labels)],
      [labels.submittedBy, `${version.submittedBy.name} (${version.submittedBy.agency})`],
      [labels.registrationNumber, version.registrationNumber ?? labels.noRegistrationNumber],
      [labels.dueDate, formatDate(report.dueDate, labels)],
      [labels.sha256, sha256],
    ],
  };
}

/** Writes text and tables as structure elements of the document, so their order is the reading order. */
class TaggedWriter {
  constructor(
    private readonly pdf: PDFKit.PDFDocument,
    private readonly body: PDFKit.PDFStructureElement,
  ) {}

  heading(level: keyof typeof HEADING_SIZES, text: string): void {
    const space = { H1: 0, H2: 0.9, H3: 0.5 }[level];
    if (space > 0) this.pdf.moveDown(space);
    // A heading stays with the first lines, or the first rows, of what it heads.
    this.keepWithNext({ H1: 0, H2: 110, H3: 70 }[level]);
    this.font('bold', HEADING_SIZES[level]).text(text, { structParent: this.body, structType: level });
    this.pdf.moveDown(0.25);
  }

  paragraph(text: string): void {
    this.font('regular', TEXT_SIZE).text(text, { structParent: this.body, structType: 'P', lineGap: 1.5 });
    this.pdf.moveDown(0.4);
  }

  /** A table with a header row; or, with rowHeaders, a label/value table: no header row, the first column names each row. */
  table(table: PdfTable, { rowHeaders }: { rowHeaders: boolean }): void {
    this.keepWithNext(60);
    const cell = (text: string, header: 'column' | 'row' | null) =>
      header ? { text, type: 'TH' as const, scope: header, font: { src: 'bold' } } : { text };
    const header = table.columns.map((column) => cell(column.header, 'column'));
    const rows = table.rows.map((row) => row.map((text, index) => cell(text, rowHeaders && index === 0 ? 'row' : null)));
    this.font('regular', TEXT_SIZE - 1.5);
    const options: TaggedTableOptions = {
      structParent: this.body,
      columnStyles: table.columns.map((column) => ({ width: column.width })),
      rowStyles: (index: number) => (index === 0 && !rowHeaders ? { backgroundColor: HEADER_FILL } : {}),
      defaultStyle: { border: 0.5, borderColor: RULE_COLOUR, padding: [3, 4] },
      data: rowHeaders ? rows : [header, ...rows],
    };
    this.pdf.x = MARGIN;
    this.pdf.table(options);
    this.pdf.x = MARGIN;
    this.pdf.moveDown(0.6);
  }

  /** The registration number and "page n of N" on every page, marked as pagination artifacts so they are not read as content. */
  footers(left: string, labels: ReportLabels): void {
    const { start, count } = this.pdf.bufferedPageRange();
    for (let index = start; index < start + count; index++) {
      this.pdf.switchToPage(index);
      const y = this.pdf.page.height - MARGIN - FOOTER_HEIGHT / 2;
      const width = this.pdf.page.width - 2 * MARGIN;
      const bottom = this.pdf.page.margins.bottom;
      // Writing below the bottom margin would otherwise start a new page.
      this.pdf.page.margins.bottom = 0;
      this.font('regular', 8).fillColor(MUTED);
      this.pdf.markContent('Artifact', { type: 'Pagination' });
      this.pdf.text(left, MARGIN, y, { width, align: 'left', lineBreak: false });
      this.pdf.text(labels.page(index - start + 1, count), MARGIN, y, { width, align: 'right', lineBreak: false });
      this.pdf.endMarkedContent();
      this.pdf.fillColor('black');
      this.pdf.page.margins.bottom = bottom;
    }
  }

  private font(name: FontName, size: number): PDFKit.PDFDocument {
    return this.pdf.font(name).fontSize(size);
  }

  /** Starts a new page when what follows (a heading and its first lines) would not fit. */
  private keepWithNext(height: number): void {
    if (this.pdf.y + height > this.pdf.page.maxY()) this.pdf.addPage();
  }
}
