import { ErrorKind, InvalidInputException } from '@samverkan/common';
import { ReportsException, ReportsExceptionCode } from '../reports.exception';
import { EditReportInput } from '../reports/report.inputs';
import { PlanVocabulary } from './report-document';
import { ReportSections } from './report-sections';

/** Each entry must name something of the plan, and each thing at most once. */
function assertEntries<E>(entries: E[], idOf: (entry: E) => string, known: Set<string>, list: string, idField: string): void {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const id = idOf(entry);
    const field = `input.${list}.${index}.${idField}`;
    if (!known.has(id)) throw new InvalidInputException(field, `${field} refers to nothing in this plan: ${id}`);
    if (seen.has(id)) {
      throw new ReportsException(ReportsExceptionCode.DUPLICATE_ENTRY, ErrorKind.BAD_USER_INPUT, `${list} names ${id} more than once`, field);
    }
    seen.add(id);
  });
}

/** The sections after an edit: what the input gives replaces, what it leaves out stays. */
export function applyEdit(sections: ReportSections, input: EditReportInput, plan: PlanVocabulary): ReportSections {
  if (input.workDone) {
    assertEntries(input.workDone, (work) => work.developmentAreaId, new Set(plan.areas.map((a) => a.id)), 'workDone', 'developmentAreaId');
  }
  if (input.perspectives) {
    assertEntries(input.perspectives, (p) => p.perspectiveId, new Set(plan.perspectives.map((p) => p.id)), 'perspectives', 'perspectiveId');
  }
  return {
    summary: input.summary ?? sections.summary,
    workDone: input.workDone?.map(({ developmentAreaId, text }) => ({ developmentAreaId, text })) ?? sections.workDone,
    results: input.results ?? sections.results,
    perspectives:
      input.perspectives?.map(({ perspectiveId, notApplicable, text }) => ({ perspectiveId, notApplicable, text })) ?? sections.perspectives,
    challenges: input.challenges ?? sections.challenges,
    nextYearFocus: input.nextYearFocus ?? sections.nextYearFocus,
  };
}
