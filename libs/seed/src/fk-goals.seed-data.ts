import { AssessmentOutcome, IndicatorDirection, IndicatorSourceKind, IndicatorUnit } from '@samverkan/goals';

/**
 * The Swedish Social Insurance Agency's (FK) own goals in the 2019–2021 plan,
 * per benefit, with the figures and the judgement of its final report.
 *
 * - The report gives some figures for the agency as a whole (training,
 *   reports to social services, the staff survey); they are filed under the
 *   goal whose wording they measure: knowledge among all staff.
 * - The activity-compensation figure (about 40 of about 400) is recorded for 2019,
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

const FINAL_REPORT = 'Försäkringskassans slutrapport om planen';

/** The training figures: one measurement each, from the follow-up of the training effort, no baseline or target given. */
function trainingIndicator(name: string, unit: IndicatorUnit, measurement: SeedIndicator['measurements'][number]): SeedIndicator {
  return {
    name,
    unit,
    direction: IndicatorDirection.HIGHER_IS_BETTER,
    baseline: null,
    target: null,
    sourceKind: IndicatorSourceKind.FOLLOW_UP,
    sourceDescription: `Uppföljning av utbildningsinsatsen, ${FINAL_REPORT}`,
    measurements: [measurement],
  };
}

export const FK_GOALS: SeedGoal[] = [
  {
    title: 'Sjukpenning och rehabilitering: fråga om våld',
    statement:
      'Alla handläggare frågar rutinmässigt om våld i ärenden där återgång i arbete utreds, både i telefon och vid personliga möten, och frågar alltid vid indikation i övriga ärenden.',
    scope: 'Sjukpenning och rehabilitering',
    developmentArea: 1,
    perspectives: [],
    firstYear: null,
    indicators: [
      trainingIndicator('Utbildade personliga handläggare inom sjukförsäkringen', IndicatorUnit.RATIO, {
        year: 2019,
        numerator: 1300,
        denominator: 2800,
        note: 'Cirka 1 300 av cirka 2 800 personliga handläggare',
      }),
    ],
    assessments: [
      {
        year: 2021,
        outcome: AssessmentOutcome.PARTLY_FULFILLED,
        justification: 'Cirka 1 300 av cirka 2 800 personliga handläggare har utbildats; alla handläggare frågar ännu inte rutinmässigt.',
      },
    ],
  },
  {
    title: 'Underhållsstöd: kunskap och rutinfrågor',
    statement: 'All personal har kunskap om våld i nära relationer, frågar rutinmässigt om hot och våld och använder svaret i bedömningen.',
    scope: 'Underhållsstöd',
    developmentArea: 1,
    perspectives: ['CHILDREN_AT_RISK'],
    firstYear: null,
    indicators: [
      {
        name: 'Medarbetare som uppger att de vet hur de ska agera när någon lever med våld',
        unit: IndicatorUnit.PERCENT,
        direction: IndicatorDirection.HIGHER_IS_BETTER,
        baseline: { value: 70, year: 2020 },
        target: { value: 90, year: 2021 },
        sourceKind: IndicatorSourceKind.SURVEY,
        sourceDescription: 'Medarbetarenkät',
        measurements: [
          { year: 2020, value: 70, note: '7 av 10' },
          { year: 2021, value: 87, note: 'Nästan 9 av 10' },
        ],
      },
      trainingIndicator('Medarbetare och chefer som har fått lärarledd utbildning', IndicatorUnit.COUNT, {
        year: 2021,
        value: 2000,
        note: 'Fler än 2 000 under 2019–2021 sammanlagt',
      }),
      {
        name: 'Orosanmälningar till socialtjänsten om barn som far illa',
        unit: IndicatorUnit.COUNT,
        direction: IndicatorDirection.HIGHER_IS_BETTER,
        baseline: null,
        target: null,
        sourceKind: IndicatorSourceKind.FOLLOW_UP,
        sourceDescription: FINAL_REPORT,
        measurements: [{ year: 2021, value: 500, note: 'Cirka 500 under 2019–2021 sammanlagt' }],
      },
    ],
    assessments: [
      {
        year: 2021,
        outcome: AssessmentOutcome.PARTLY_FULFILLED,
        justification: 'Nästan 9 av 10 medarbetare uppger att de vet hur de ska agera, en ökning från 7 av 10; målet är att alla ska göra det.',
      },
    ],
  },
  {
    title: 'Aktivitetsersättning: fråga vid indikation',
    statement: 'Handläggarna frågar om våld vid indikation och hanterar informationen.',
    scope: 'Aktivitetsersättning',
    developmentArea: 1,
    perspectives: [],
    firstYear: null,
    indicators: [
      trainingIndicator('Utbildade handläggare inom aktivitetsersättningen', IndicatorUnit.RATIO, {
        year: 2019,
        numerator: 40,
        denominator: 400,
        note: 'Cirka 40 av cirka 400 handläggare',
      }),
    ],
    assessments: [
      {
        year: 2021,
        outcome: AssessmentOutcome.NOT_ASSESSABLE,
        justification: 'Indikationerna räknas inte, så det går inte att följa upp hur ofta handläggarna frågar vid indikation.',
      },
    ],
  },
  {
    title: 'Sjukpenninggrundande inkomst och kundmöten: fråga vid indikation och hänvisa',
    statement: 'Medarbetarna frågar om våld vid indikation och hänvisar vidare till socialtjänsten, hälso- och sjukvården eller rättsväsendet.',
    scope: 'Sjukpenninggrundande inkomst och kundmöten',
    developmentArea: 3,
    perspectives: [],
    firstYear: 2020,
    indicators: [],
    assessments: [
      {
        year: 2021,
        outcome: AssessmentOutcome.PARTLY_FULFILLED,
        justification: 'Verksamhetsområdena kom med i arbetet 2020; Försäkringskassan bedömde målet som delvis uppfyllt.',
      },
    ],
  },
];
