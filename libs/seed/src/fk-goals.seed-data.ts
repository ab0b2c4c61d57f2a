import { AssessmentOutcome, IndicatorDirection, IndicatorSourceKind, IndicatorUnit } from '@samverkan/goals';

/**
 * The Swedish Social Insurance Agency's (FK) own goals in the 2019–2021 plan,
 * per benefit, with the figures and the judgement of its final report.
 *
 * - The report gives some figures for the agency as a whole (training,
 *   reports to social services, the staff survey); they are filed under the
 *   goal whose wording they measure: knowledge among all staff.
 * - "About 40 of about 400" in activity compensation is recorded for 2019,
 *   the year the report gives for the matching sickness-insurance figure.
 * - The report gives no numeric target for the staff survey; 90 % in 2021 is
 *   illustrative, so the progress figure has something to measure against.
 * - No registration numbers: the report's own are not restated here.
 */
export interface SeedIndicator {
  name: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  baseline: { value: number; year: number } | null;
  target: { value: number; year: number } | null;
  sourceKind: IndicatorSourceKind;
  sourceDescription: string;
  measurements: { year: number; value?: number; numerator?: number; denominator?: number; note: string }[];
}

export interface SeedGoal {
  title: string;
  statement: string;
  scope: string;
  /** Number of the shared development area the goal contributes to. */
  developmentArea: number;
  perspectives: string[];
  firstYear: number | null;
  indicators: SeedIndicator[];
  assessments: { year: number; outcome: AssessmentOutcome; justification: string }[];
}

export const FK_GOALS_AGENCY = 'FK';
/** Seeded measurements and assessments are recorded in the name of FK's representative. */
export const FK_GOALS_RECORDED_BY = 'representant.fk@samverkan.example';

const FINAL_REPORT = "FK's final report on the plan";

/** The training figures: one measurement each, from the follow-up of the training effort, no baseline or target given. */
function trainingIndicator(name: string, unit: IndicatorUnit, measurement: SeedIndicator['measurements'][number]): SeedIndicator {
  return {
    name,
    unit,
    direction: IndicatorDirection.HIGHER_IS_BETTER,
    baseline: null,
    target: null,
    sourceKind: IndicatorSourceKind.FOLLOW_UP,
    sourceDescription: `Follow-up of the training effort, ${FINAL_REPORT}`,
    measurements: [measurement],
  };
}

export const FK_GOALS: SeedGoal[] = [
  {
    title: 'Sickness benefit and rehabilitation: ask about violence',
    statement:
      'All case officers routinely ask about violence in cases that investigate return to work, by phone and in person, and always ask on indication in other cases.',
    scope: 'Sickness benefit and rehabilitation',
    developmentArea: 1,
    perspectives: [],
    firstYear: null,
    indicators: [
      trainingIndicator('Personal case officers in sickness insurance trained', IndicatorUnit.RATIO, {
        year: 2019,
        numerator: 1300,
        denominator: 2800,
        note: 'About 1,300 of about 2,800 personal case officers',
      }),
    ],
    assessments: [
      {
        year: 2021,
        outcome: AssessmentOutcome.PARTLY_FULFILLED,
        justification: 'About 1,300 of about 2,800 personal case officers were trained; not all case officers ask routinely yet.',
      },
    ],
  },
  {
    title: 'Maintenance support: knowledge and routine questions',
    statement: 'All staff have knowledge of violence in close relationships, routinely ask about threats and violence, and use the answer in the assessment.',
    scope: 'Maintenance support',
    developmentArea: 1,
    perspectives: ['CHILDREN_AT_RISK'],
    firstYear: null,
    indicators: [
      {
        name: 'Staff who say they know how to act when a person lives with violence',
        unit: IndicatorUnit.PERCENT,
        direction: IndicatorDirection.HIGHER_IS_BETTER,
        baseline: { value: 70, year: 2020 },
        target: { value: 90, year: 2021 },
        sourceKind: IndicatorSourceKind.SURVEY,
        sourceDescription: 'Staff survey',
        measurements: [
          { year: 2020, value: 70, note: '7 in 10' },
          { year: 2021, value: 87, note: 'Almost 9 in 10' },
        ],
      },
      trainingIndicator('Staff and managers given teacher-led training', IndicatorUnit.COUNT, {
        year: 2021,
        value: 2000,
        note: 'More than 2,000 in 2019–2021 together',
      }),
      {
        name: 'Reports to social services about children at risk',
        unit: IndicatorUnit.COUNT,
        direction: IndicatorDirection.HIGHER_IS_BETTER,
        baseline: null,
        target: null,
        sourceKind: IndicatorSourceKind.FOLLOW_UP,
        sourceDescription: FINAL_REPORT,
        measurements: [{ year: 2021, value: 500, note: 'About 500 in 2019–2021 together' }],
      },
    ],
    assessments: [
      {
        year: 2021,
        outcome: AssessmentOutcome.PARTLY_FULFILLED,
        justification: 'Almost 9 in 10 staff say they know how to act, up from 7 in 10; the goal is that all staff do.',
      },
    ],
  },
  {
    title: 'Activity compensation: ask on indication',
    statement: 'Case officers ask about violence on indication and handle the information.',
    scope: 'Activity compensation',
    developmentArea: 1,
    perspectives: [],
    firstYear: null,
    indicators: [
      trainingIndicator('Case officers in activity compensation trained', IndicatorUnit.RATIO, {
        year: 2019,
        numerator: 40,
        denominator: 400,
        note: 'About 40 of about 400 case officers',
      }),
    ],
    assessments: [
      {
        year: 2021,
        outcome: AssessmentOutcome.NOT_ASSESSABLE,
        justification: 'Indications are not counted, so how often case officers ask on indication cannot be followed up.',
      },
    ],
  },
  {
    title: 'Sickness-benefit-qualifying income and customer meetings: ask on indication and refer',
    statement: 'Staff ask about violence on indication and refer onwards to social services, health care or the justice system.',
    scope: 'Sickness-benefit-qualifying income and customer meetings',
    developmentArea: 3,
    perspectives: [],
    firstYear: 2020,
    indicators: [],
    assessments: [
      {
        year: 2021,
        outcome: AssessmentOutcome.PARTLY_FULFILLED,
        justification: 'These business areas joined the work in 2020; FK judged the goal partly fulfilled.',
      },
    ],
  },
];
