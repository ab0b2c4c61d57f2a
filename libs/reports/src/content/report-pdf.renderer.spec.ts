import { PdfTools, pdfTools } from '@samverkan/testing';
import { ReportLanguage } from '../reports/report-language';
import { ReportKind } from '../reports/report.entity';
import { ReportDocument, REPORT_DOCUMENT_FORMAT, sealDocument } from './report-document';
import { renderReportPdf } from './report-pdf.renderer';

const groupReport: ReportDocument = {
  format: REPORT_DOCUMENT_FORMAT,
  report: {
    id: '00000000-0000-4000-8000-000000000001',
    kind: ReportKind.WORKING_GROUP,
    year: 2021,
    dueDate: '2022-03-31',
    plan: { id: '00000000-0000-4000-8000-000000000002', key: 'HP-2019', title: 'Handlingsplan mot våld i nära relationer' },
    group: { id: '00000000-0000-4000-8000-000000000003', number: 2, name: 'Arbetsgrupp 2: Samordnade insatser' },
    agency: null,
  },
  version: {
    id: '00000000-0000-4000-8000-000000000004',
    number: 2,
    registrationNumber: 'Dnr 2022/0417',
    submittedAt: '2022-02-03T09:05:00.000Z',
    submittedBy: { id: '00000000-0000-4000-8000-000000000005', name: 'Åsa Öberg', agency: 'FK' },
  },
  sections: {
    summary: 'Året präglades av gemensamma utbildningsdagar för handläggare på fyra myndigheter.',
    workDone: [{ developmentArea: { id: 'a2', number: 2, title: 'Stärkt stöd till personal' }, text: 'Vi tog fram en gemensam vägledning för frågor om våld.' }],
    results: 'Fler handläggare ställer frågor om våld: 1 300 av 2 800.',
    perspectives: [
      { perspective: { id: 'p1', code: 'CHILDREN_AT_RISK', title: 'Barn som riskerar att fara illa' }, notApplicable: false, text: 'Barnets bästa ingår i vägledningen.' },
      { perspective: { id: 'p2', code: 'DISABILITY', title: 'Personer med funktionsnedsättning' }, notApplicable: true, text: 'Ingår i nästa års arbete.' },
    ],
    challenges: 'Personalomsättningen är hög.',
    nextYearFocus: 'Uppföljning av vägledningens användning.',
  },
  snapshot: {
    items: [
      {
        id: 'i1', parentId: null, depth: 1, title: 'Gemensam vägledning för handläggare', developmentArea: 2, leadAgency: 'FK',
        status: 'IN_PROGRESS', health: 'AT_RISK', progress: 60, startDate: '2021-01-01', dueDate: '2022-06-30',
      },
      {
        id: 'i2', parentId: 'i1', depth: 2, title: 'Utbildningsdagar', developmentArea: 2, leadAgency: 'AF',
        status: 'DONE', health: 'ON_TRACK', progress: 100, startDate: null, dueDate: '2021-11-30',
      },
    ],
  },
};

const agencyReport: ReportDocument = {
  ...groupReport,
  report: { ...groupReport.report, kind: ReportKind.AGENCY_FOLLOW_UP, group: null, agency: { id: 'ag', code: 'FK', name: 'Försäkringskassan' } },
  snapshot: {
    goals: [
      {
        id: 'g1', title: 'Fler frågar om våld', statement: 'Handläggare frågar rutinmässigt om våld.', scope: 'AGENCY',
        assessment: { outcome: 'PARTLY_FULFILLED', justification: 'Hälften av handläggarna är utbildade.' },
        indicators: [
          {
            id: 'n1', name: 'Andel utbildade handläggare', unit: 'RATIO', direction: 'HIGHER_IS_BETTER',
            baselineValue: 0.2, baselineYear: 2019, targetValue: 0.8, targetYear: 2023,
            measurements: [{ year: 2021, measuredOn: null, value: 1300 / 2800, numerator: 1300, denominator: 2800, note: '' }],
          },
        ],
      },
      { id: 'g2', title: 'Kortare väntetider', statement: 'Ärenden avgörs snabbare.', scope: 'AGENCY', assessment: { outcome: 'NOT_ASSESSABLE', justification: 'Ny mätmetod.' }, indicators: [] },
    ],
  },
};

describe('renderReportPdf', () => {
  const opened: PdfTools[] = [];
  afterAll(() => opened.forEach((tools) => tools.remove()));

  async function render(document: ReportDocument, language: ReportLanguage): Promise<{ pdf: Buffer; tools: PdfTools }> {
    const pdf = await renderReportPdf(document, sealDocument(document).sha256, language);
    const tools = pdfTools(pdf);
    opened.push(tools);
    return { pdf, tools };
  }

  it('is tagged, in Swedish, with its title shown and every font embedded', async () => {
    const { pdf, tools } = await render(groupReport, ReportLanguage.SV);
    const info = tools.run('pdfinfo');
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Arbetsgruppens årsrapport 2021: Arbetsgrupp 2: Samordnade insatser$/m);
    // The catalog's dictionaries are plain text: the language, and the viewer told to show the title, not the file name.
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Lang (sv-SE)');
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);

    const fonts = tools.fonts();
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const line of fonts) {
      expect(line).toMatch(/SourceSans3-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    }
  });

  it('gives the Swedish headings, labels, statuses and dates in reading order', async () => {
    const text = (await render(groupReport, ReportLanguage.SV)).tools.text();
    const inOrder = [
      'Arbetsgruppens årsrapport 2021: Arbetsgrupp 2: Samordnade insatser',
      'Inskickad 3 februari 2022 kl. 10:05',
      'Inskickad av Åsa Öberg (FK)',
      'Diarienummer Dnr 2022/0417',
      'Sista dag för inlämning 31 mars 2022',
      `SHA-256 för JSON-dokumentet ${sealDocument(groupReport).sha256}`,
      'Sammanfattning Året präglades av gemensamma utbildningsdagar',
      'Genomfört arbete per utvecklingsområde Utvecklingsområde 2: Stärkt stöd till personal Vi tog fram en gemensam vägledning för frågor om våld.',
      'Resultat Fler handläggare',
      'Tvärgående perspektiv Barn som riskerar att fara illa',
      'Personer med funktionsnedsättning (ej tillämpligt) Ingår i nästa års arbete.',
      'Utmaningar Personalomsättningen är hög.',
      'Fokus för nästa år',
      'Underlag ur handlingsplanen vid inskickandet Åtgärder',
      'Gemensam vägledning för handläggare 2 FK Pågår Risk 60 % 30 juni 2022',
      '– Utbildningsdagar 2 AF Klar Enligt plan 100 % 30 november 2021',
      'Kontroll av äkthet',
      'sha256sum',
    ];
    let from = 0;
    for (const part of inOrder) {
      const at = text.indexOf(part, from);
      expect({ part, found: at >= 0 }).toEqual({ part, found: true });
      from = at + part.length;
    }
    expect(text).not.toMatch(/IN_PROGRESS|AT_RISK|2022-02-03T/);
    expect(text).toContain('Diarienummer: Dnr 2022/0417');
    expect(text).toMatch(/Sida 1 av \d/);
  });

  it('has a structure tree of headings, paragraphs and tables in reading order, the page footers left out as artifacts', async () => {
    const tree = (await render(groupReport, ReportLanguage.SV)).tools.run('pdfinfo', '-struct-text');
    // The document's children: their tag, and the text of headings.
    const outline = [...tree.matchAll(/^ {2}(\w+)[^\n]*\n(?: {4}"([^"]*)")?/gm)].map(([, tag, text]) => (/^H\d$/.test(tag!) ? `${tag} ${text}` : tag));
    expect(outline).toEqual([
      'H1 Arbetsgruppens årsrapport 2021: Arbetsgrupp 2: Samordnade insatser',
      'Table',
      'H2 Sammanfattning',
      'P',
      'H2 Genomfört arbete per utvecklingsområde',
      'H3 Utvecklingsområde 2: Stärkt stöd till personal',
      'P',
      'H2 Resultat',
      'P',
      'H2 Tvärgående perspektiv',
      'H3 Barn som riskerar att fara illa',
      'P',
      'H3 Personer med funktionsnedsättning (ej tillämpligt)',
      'P',
      'H2 Utmaningar',
      'P',
      'H2 Fokus för nästa år',
      'P',
      'H2 Underlag ur handlingsplanen vid inskickandet',
      'H3 Åtgärder',
      'Table',
      'H2 Kontroll av äkthet',
      'P',
      'P',
    ]);
    expect(tree).toMatch(/^ {6}TH <table-1-0-0>:$/m);
    expect(tree).toContain('/Scope /Column');
    expect(tree).not.toContain('Sida 1');
  });

  it("shows an agency's assessments and figures in Swedish words and numbers", async () => {
    const text = (await render(agencyReport, ReportLanguage.SV)).tools.text();
    expect(text).toContain('Uppföljning av myndighetens mål 2021: Försäkringskassan');
    expect(text).toContain('Mål: Fler frågar om våld');
    expect(text).toContain('Bedömning: Delvis uppfyllt – Hälften av handläggarna är utbildade.');
    expect(text).toContain('Bedömning: Inte bedömbart – Ny mätmetod.');
    expect(text).toMatch(/Andel utbildade handläggare Andel 20 % \(2019\) 80 % \(2023\) 2021: 46,4 % \(1 300 av 2 800\)/);
  });

  it('is in English when the report says so', async () => {
    const { tools } = await render(agencyReport, ReportLanguage.EN);
    const text = tools.text();
    expect(tools.run('pdfinfo')).toMatch(/^Title:\s+Follow-up of the agency's goals 2021: Försäkringskassan$/m);
    expect(text).toContain('Submitted 3 February 2022 at 10:05');
    expect(text).toContain('Assessment: Partly fulfilled');
    expect(text).toContain('2021: 46.4 % (1,300 of 2,800)');
    expect(text).not.toContain('Sammanfattning');
  });

  it('renders the same bytes for the same document', async () => {
    const first = await renderReportPdf(groupReport, 'a'.repeat(64), ReportLanguage.SV);
    expect((await renderReportPdf(groupReport, 'a'.repeat(64), ReportLanguage.SV)).equals(first)).toBe(true);
  });
});
