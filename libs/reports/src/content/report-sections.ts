import { Field, ID, ObjectType } from '@nestjs/graphql';

/** What a report says about one development area. */
@ObjectType()
export class ReportAreaWork {
  @Field(() => ID)
  developmentAreaId: string;

  @Field()
  text: string;
}

/** How a report accounts for one cross-cutting perspective: how it was addressed, or why it does not apply. */
@ObjectType()
export class ReportPerspectiveAccount {
  @Field(() => ID)
  perspectiveId: string;

  @Field(() => Boolean, { description: 'True when the text says why the perspective does not apply' })
  notApplicable: boolean;

  @Field()
  text: string;
}

/** The written sections of a report version, stored as one JSON document. */
@ObjectType()
export class ReportSections {
  @Field()
  summary: string;

  @Field(() => [ReportAreaWork], { description: 'Work done, per development area' })
  workDone: ReportAreaWork[];

  @Field()
  results: string;

  @Field(() => [ReportPerspectiveAccount])
  perspectives: ReportPerspectiveAccount[];

  @Field()
  challenges: string;

  @Field()
  nextYearFocus: string;
}

export const EMPTY_SECTIONS: ReportSections = {
  summary: '',
  workDone: [],
  results: '',
  perspectives: [],
  challenges: '',
  nextYearFocus: '',
};

/** The parts of the plan a report must account for. */
export interface PlanOutline {
  perspectives: { id: string; code: string; title: string }[];
}

/** A part of a report that must be filled before it can be submitted. */
@ObjectType()
export class MissingPart {
  @Field({ description: 'Its path in the edit input, e.g. summary or perspectives.CHILDREN_AT_RISK' })
  field: string;

  @Field()
  description: string;
}

const blank = (text: string): boolean => text.trim() === '';

/** Everything a version lacks before it may be submitted, in the order of the report. */
export function missingParts(sections: ReportSections, outline: PlanOutline): MissingPart[] {
  const missing: MissingPart[] = [];
  const requireText = (field: keyof ReportSections & string, text: string, name: string): void => {
    if (blank(text)) missing.push({ field, description: `${name} is empty` });
  };
  requireText('summary', sections.summary, 'the summary');
  if (!sections.workDone.some((work) => !blank(work.text))) {
    missing.push({ field: 'workDone', description: 'no work is described for any development area' });
  }
  requireText('results', sections.results, 'the results');
  for (const perspective of outline.perspectives) {
    const account = sections.perspectives.find((entry) => entry.perspectiveId === perspective.id);
    if (!account || blank(account.text)) {
      missing.push({
        field: `perspectives.${perspective.code}`,
        description: `the perspective "${perspective.title}" is neither described nor marked not applicable with a reason`,
      });
    }
  }
  requireText('challenges', sections.challenges, 'the challenges');
  requireText('nextYearFocus', sections.nextYearFocus, "next year's focus");
  return missing;
}
