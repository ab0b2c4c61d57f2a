import { createHash } from 'node:crypto';
import { ReportKind } from '../reports/report.entity';
import { ReportSnapshot } from '../snapshots/report-snapshot';
import { canonicalJson } from './canonical-json';
import { ReportSections } from './report-sections';

export const REPORT_DOCUMENT_FORMAT = 'samverkan.report.v1';

/** Everything a submitted version says, as it is hashed, attached and posted. */
export interface ReportDocument {
  format: typeof REPORT_DOCUMENT_FORMAT;
  report: {
    id: string;
    kind: ReportKind;
    year: number;
    dueDate: string;
    plan: { id: string; key: string; title: string };
    group: { id: string; number: number; name: string } | null;
    agency: { id: string; code: string; name: string } | null;
  };
  version: {
    id: string;
    number: number;
    registrationNumber: string | null;
    submittedAt: string;
    submittedBy: { id: string; name: string; agency: string };
  };
  sections: {
    summary: string;
    workDone: { developmentArea: { id: string; number: number; title: string }; text: string }[];
    results: string;
    perspectives: { perspective: { id: string; code: string; title: string }; notApplicable: boolean; text: string }[];
    challenges: string;
    nextYearFocus: string;
  };
  snapshot: ReportSnapshot;
}

/** The plan's areas and perspectives, in plan order, to name what the sections refer to. */
export interface PlanVocabulary {
  areas: { id: string; number: number; title: string }[];
  perspectives: { id: string; code: string; title: string }[];
}

/** Resolves the section's ids to the names they had at submission, in the plan's order, leaving out blank entries. */
export function documentSections(sections: ReportSections, plan: PlanVocabulary): ReportDocument['sections'] {
  return {
    summary: sections.summary,
    workDone: plan.areas.flatMap((area) => {
      const work = sections.workDone.find((entry) => entry.developmentAreaId === area.id);
      return work && work.text.trim() !== '' ? [{ developmentArea: area, text: work.text }] : [];
    }),
    results: sections.results,
    perspectives: plan.perspectives.flatMap((perspective) => {
      const account = sections.perspectives.find((entry) => entry.perspectiveId === perspective.id);
      return account ? [{ perspective, notApplicable: account.notApplicable, text: account.text }] : [];
    }),
    challenges: sections.challenges,
    nextYearFocus: sections.nextYearFocus,
  };
}

/** The frozen form of a document: its canonical JSON text and the SHA-256 of that text's UTF-8 bytes. */
export interface SealedDocument {
  text: string;
  sha256: string;
}

export function sealDocument(document: ReportDocument): SealedDocument {
  const text = canonicalJson(document);
  return { text, sha256: createHash('sha256').update(text, 'utf8').digest('hex') };
}
