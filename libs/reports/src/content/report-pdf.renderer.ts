import PDFDocument from 'pdfkit';
import { ReportKind } from '../reports/report.entity';
import { describeReportSnapshot } from '../snapshots/report-snapshot';
import { ReportDocument } from './report-document';

const KIND_TITLES: Record<ReportKind, string> = {
  [ReportKind.WORKING_GROUP]: 'Annual report of a working group',
  [ReportKind.AGENCY_FOLLOW_UP]: 'Annual follow-up of agency goals',
};

/**
 * Renders a submitted version. Deterministic: the dates in the PDF are the
 * submission time and pdfkit derives the file id from them, so the same
 * document always gives the same bytes.
 */
export function renderReportPdf(document: ReportDocument, sha256: string): Promise<Buffer> {
  const submittedAt = new Date(document.version.submittedAt);
  const author = document.report.group?.name ?? document.report.agency?.name ?? '';
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: {
      Title: `${KIND_TITLES[document.report.kind]} ${document.report.year}: ${author}`,
      Author: author,
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

  const heading = (text: string): void => {
    pdf.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(text).font('Helvetica').fontSize(10).moveDown(0.2);
  };
  const paragraph = (text: string): void => {
    pdf.text(text, { align: 'left' });
  };

  pdf.font('Helvetica-Bold').fontSize(16).text(`${KIND_TITLES[document.report.kind]} ${document.report.year}`);
  pdf.font('Helvetica').fontSize(10).moveDown(0.3);
  paragraph(author);
  paragraph(`${document.report.plan.title} (${document.report.plan.key})`);
  paragraph(`Version ${document.version.number}, submitted ${document.version.submittedAt} by ${document.version.submittedBy.name} (${document.version.submittedBy.agency})`);
  if (document.version.registrationNumber) paragraph(`Registration number (diarienummer): ${document.version.registrationNumber}`);
  paragraph(`Due ${document.report.dueDate}`);

  const { sections } = document;
  heading('Summary');
  paragraph(sections.summary);
  heading('Work done per development area');
  for (const work of sections.workDone) {
    pdf.font('Helvetica-Bold').text(`${work.developmentArea.number}. ${work.developmentArea.title}`).font('Helvetica');
    paragraph(work.text);
  }
  heading('Results');
  paragraph(sections.results);
  heading('Cross-cutting perspectives');
  for (const account of sections.perspectives) {
    pdf.font('Helvetica-Bold').text(`${account.perspective.title}${account.notApplicable ? ' (not applicable)' : ''}`).font('Helvetica');
    paragraph(account.text);
  }
  heading('Challenges');
  paragraph(sections.challenges);
  heading("Next year's focus");
  paragraph(sections.nextYearFocus);

  heading('Plan data at submission');
  for (const block of describeReportSnapshot(document.report.kind, document.snapshot)) {
    pdf.font('Helvetica-Bold').text(block.title).font('Helvetica');
    for (const line of block.lines) paragraph(line);
  }

  pdf.moveDown(1.5).fontSize(8).text(`SHA-256 of the JSON document of this version: ${sha256}`);
  pdf.end();
  return done;
}
