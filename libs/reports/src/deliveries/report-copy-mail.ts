import { REPORT_LABELS, formatDateTime } from '../content/report-labels';
import { ReportDocument } from '../content/report-document';
import { ReportLanguage } from '../reports/report-language';

/** What the copy e-mail is made from: the frozen version as it is attached, and where it goes. */
export interface CopyMailSource {
  agencyName: string;
  deliveryKey: string;
  /** The submitted document: canonical JSON, exactly the bytes of the attached .json file. */
  document: string;
  sha256: string;
  /** e.g. report-2021-wg2-v1, without extension. */
  fileName: string;
}

export interface CopyMail {
  subject: string;
  text: string;
}

/**
 * The copy to the Gender Equality Agency is filed by its registry, so it says
 * in Swedish which report and version it is, who submitted it, its
 * registration number and SHA-256, and how to check the attached JSON
 * against that hash. Everything is read from the submitted document itself.
 */
export function composeCopyMail(source: CopyMailSource): CopyMail {
  const labels = REPORT_LABELS[ReportLanguage.SV];
  const { report, version }: ReportDocument = JSON.parse(source.document);
  const author = report.group?.name ?? report.agency?.name ?? '';
  const what = `${labels.kindTitle[report.kind]} ${report.year} från ${author}`;
  const registration = version.registrationNumber ?? 'inget diarienummer angivet';
  const json = `${source.fileName}.json`;
  return {
    subject: `Kopia: ${what}, version ${version.number} (${registration})`,
    text: [
      `Till ${source.agencyName}`,
      '',
      `Detta är er kopia av en rapport som har lämnats till styrgruppen för ${report.plan.title} (${report.plan.key}).`,
      '',
      `Rapport: ${what}`,
      `Version: ${version.number}`,
      `Inskickad: ${formatDateTime(version.submittedAt, labels)} av ${version.submittedBy.name} (${version.submittedBy.agency})`,
      `Diarienummer: ${version.registrationNumber ?? 'inget angivet'}`,
      `SHA-256: ${source.sha256}`,
      '',
      'Bifogade filer:',
      `- ${json}: det inskickade dokumentet. Det är denna fil som SHA-256-summan gäller.`,
      `- ${source.fileName}.pdf: samma version för läsning och diarieföring. Summan står även i den.`,
      '',
      'Så kontrollerar ni att dokumentet är oförändrat:',
      `Spara ${json} och räkna ut dess SHA-256-summa, till exempel med`,
      `  sha256sum ${json}`,
      `eller i Windows PowerShell med`,
      `  Get-FileHash ${json} -Algorithm SHA256`,
      `Summan ska vara ${source.sha256} (stora eller små bokstäver spelar ingen roll).`,
      'Samma summa står i e-postens huvud X-Samverkan-SHA256.',
      '',
      `Skickas kopian en gång till har den samma Message-ID, ${source.deliveryKey}, så att ni kan bortse från upprepningen.`,
    ].join('\n'),
  };
}
