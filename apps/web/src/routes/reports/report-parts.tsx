import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ReportKind, ReportSectionsFieldsFragment, ReportStatus } from '../../gql/graphql';
import '../../styles/pages.css';
import '../../styles/reports.css';

/** The written sections of a version, as every report page reads them. */
export const REPORT_SECTIONS = graphql(`
  fragment ReportSectionsFields on ReportSections {
    summary
    workDone {
      developmentAreaId
      text
    }
    results
    perspectives {
      perspectiveId
      notApplicable
      text
    }
    challenges
    nextYearFocus
  }
`);

/** Who writes a report and for what: enough to name it. */
export const REPORT_NAMING = graphql(`
  fragment ReportNaming on Report {
    id
    kind
    year
    group {
      id
      number
      name
    }
    agency {
      id
      code
      nameSv
      nameEn
    }
  }
`);

/** The plan's areas and perspectives, in the order the report accounts for them. */
export const REPORT_OUTLINE = graphql(`
  fragment ReportOutline on Plan {
    id
    developmentAreas {
      id
      number
      title
    }
    perspectives {
      id
      code
      title
    }
  }
`);

export interface ReportOutline {
  developmentAreas: readonly { id: string; number: number; title: string }[];
  perspectives: readonly { id: string; code: string; title: string }[];
}

export type Sections = ReportSectionsFieldsFragment;

interface Named {
  kind: ReportKind;
  year: number;
  group?: { number: number; name: string } | null;
  agency?: { code: string; nameSv: string; nameEn: string } | null;
}

/** "Arbetsgrupp 2 – årsrapport 2021" or "Försäkringskassan – uppföljning av mål 2021". */
export function reportName(t: TFunction, report: Named, language: string): string {
  if (report.kind === 'WORKING_GROUP') return t('reports.name.WORKING_GROUP', { number: report.group?.number ?? '', year: report.year });
  const agency = report.agency ? (language.startsWith('en') ? report.agency.nameEn : report.agency.nameSv) : '';
  return t('reports.name.AGENCY_FOLLOW_UP', { agency, year: report.year });
}

/** A report's state in words beside a colour, never colour alone; null is one not started. */
export function ReportStatusTag({ status }: { status: ReportStatus | null | undefined }) {
  const { t } = useTranslation();
  const key = status ?? 'NOT_STARTED';
  return <span className={`tag tag--report-${key.toLowerCase().replace('_', '-')}`}>{t(`reports.status.${key}`)}</span>;
}

/** One heading of the document and its text, or a heading with parts under it (areas, perspectives). */
export interface DocumentPart {
  key: string;
  heading: string;
  text?: string;
  children?: DocumentPart[];
}

/** The sections in the document's order and with its headings: the preview, a version's page and the review's comparison. */
export function documentParts(t: TFunction, sections: Sections, outline: ReportOutline): DocumentPart[] {
  return [
    { key: 'summary', heading: t('reports.section.summary'), text: sections.summary },
    {
      key: 'workDone',
      heading: t('reports.section.workDone'),
      children: outline.developmentAreas.map((area) => ({
        key: area.id,
        heading: t('reports.section.area', { number: area.number, title: area.title }),
        text: sections.workDone.find((work) => work.developmentAreaId === area.id)?.text ?? '',
      })),
    },
    { key: 'results', heading: t('reports.section.results'), text: sections.results },
    {
      key: 'perspectives',
      heading: t('reports.section.perspectives'),
      children: outline.perspectives.map((perspective) => {
        const account = sections.perspectives.find((entry) => entry.perspectiveId === perspective.id);
        const heading = account?.notApplicable ? t('reports.section.perspectiveNotApplicable', { title: perspective.title }) : perspective.title;
        return { key: perspective.id, heading, text: account?.text ?? '' };
      }),
    },
    { key: 'challenges', heading: t('reports.section.challenges'), text: sections.challenges },
    { key: 'nextYearFocus', heading: t('reports.section.nextYearFocus'), text: sections.nextYearFocus },
  ];
}

/** The sections as the document reads them: headings, then text; areas without text are left out, as in the PDF. */
export function ReportDocument({ sections, outline, level = 2 }: { sections: Sections; outline: ReportOutline; level?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = `h${level}` as const;
  const Subheading = `h${level + 1}` as 'h3' | 'h4';
  const text = (value: string) => (value.trim() ? <p className="preserve-lines">{value}</p> : <p className="hint">{t('reports.document.empty')}</p>);
  return (
    <div className="report-document">
      {documentParts(t, sections, outline).map((part) => (
        <section key={part.key}>
          <Heading>{part.heading}</Heading>
          {part.text !== undefined && text(part.text)}
          {part.children && <PartChildren parts={part.children.filter((child) => part.key !== 'workDone' || child.text!.trim())} Subheading={Subheading} text={text} />}
        </section>
      ))}
    </div>
  );
}

function PartChildren({ parts, Subheading, text }: { parts: DocumentPart[]; Subheading: 'h3' | 'h4'; text: (value: string) => ReactNode }) {
  if (parts.length === 0) return text('');
  return parts.map((child) => (
    <section key={child.key}>
      <Subheading>{child.heading}</Subheading>
      {text(child.text!)}
    </section>
  ));
}
