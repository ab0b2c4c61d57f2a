import { canonicalJson } from '../content/canonical-json';
import { ReportKind } from '../reports/report.entity';
import { composeCopyMail } from './report-copy-mail';

describe('composeCopyMail', () => {
  const document = {
    report: {
      kind: ReportKind.AGENCY_FOLLOW_UP,
      year: 2021,
      plan: { key: 'HP-2019', title: 'Handlingsplan mot våld i nära relationer' },
      group: null,
      agency: { code: 'FK', name: 'Försäkringskassan' },
    },
    version: { number: 3, registrationNumber: null, submittedAt: '2022-02-03T09:05:00.000Z', submittedBy: { name: 'Åsa Öberg', agency: 'FK' } },
  };
  const mail = composeCopyMail({
    agencyName: 'Jämställdhetsmyndigheten',
    deliveryKey: '<report-version.v.copy.a@samverkan>',
    document: canonicalJson(document),
    sha256: 'ab'.repeat(32),
    fileName: 'report-2021-fk-v3',
  });

  it('names the report, version and submitter in Swedish, in Stockholm time, and says when there is no registration number', () => {
    expect(mail.subject).toBe('Kopia: Uppföljning av myndighetens mål 2021 från Försäkringskassan, version 3 (inget diarienummer angivet)');
    expect(mail.text).toContain('Inskickad: 3 februari 2022 kl. 10:05 av Åsa Öberg (FK)\nDiarienummer: inget angivet\n');
  });

  it('tells how to check the attached JSON against the hash', () => {
    expect(mail.text).toContain(`  sha256sum report-2021-fk-v3.json\n`);
    expect(mail.text).toContain(`Summan ska vara ${'ab'.repeat(32)}`);
  });
});
