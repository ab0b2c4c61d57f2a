import { AssessmentOutcome, IndicatorUnit } from '@samverkan/goals';
import { ActionItemHealth, ActionItemStatus } from '@samverkan/plan';
import { ReportLanguage } from '../reports/report-language';
import { ReportKind } from '../reports/report.entity';

/** The words of a rendered report, in one language. */
export interface ReportLabels {
  /** BCP 47 tag for the PDF's Lang and for dates and numbers. */
  locale: string;
  kindTitle: Record<ReportKind, string>;
  author: Record<ReportKind, string>;
  plan: string;
  version: string;
  submitted: string;
  submittedBy: string;
  registrationNumber: string;
  noRegistrationNumber: string;
  dueDate: string;
  sha256: string;
  summary: string;
  workDone: string;
  area: (number: number, title: string) => string;
  results: string;
  perspectives: string;
  notApplicable: string;
  challenges: string;
  nextYearFocus: string;
  planData: string;
  items: string;
  noItems: string;
  itemColumns: [title: string, area: string, lead: string, status: string, health: string, progress: string, due: string];
  status: Record<ActionItemStatus, string>;
  health: Record<ActionItemHealth, string>;
  goals: string;
  noGoals: string;
  goal: (title: string) => string;
  assessment: string;
  notAssessed: string;
  outcome: Record<AssessmentOutcome, string>;
  indicatorColumns: [name: string, unit: string, baseline: string, target: string, measured: string];
  unit: Record<IndicatorUnit, string>;
  noMeasurements: string;
  of: string;
  verification: string;
  verificationHow: string;
  page: (number: number, count: number) => string;
}

const SV: ReportLabels = {
  locale: 'sv-SE',
  kindTitle: {
    [ReportKind.WORKING_GROUP]: 'Arbetsgruppens årsrapport',
    [ReportKind.AGENCY_FOLLOW_UP]: 'Uppföljning av myndighetens mål',
  },
  author: { [ReportKind.WORKING_GROUP]: 'Arbetsgrupp', [ReportKind.AGENCY_FOLLOW_UP]: 'Myndighet' },
  plan: 'Handlingsplan',
  version: 'Version',
  submitted: 'Inskickad',
  submittedBy: 'Inskickad av',
  registrationNumber: 'Diarienummer',
  noRegistrationNumber: 'Inget angivet',
  dueDate: 'Sista dag för inlämning',
  sha256: 'SHA-256 för JSON-dokumentet',
  summary: 'Sammanfattning',
  workDone: 'Genomfört arbete per utvecklingsområde',
  area: (number, title) => `Utvecklingsområde ${number}: ${title}`,
  results: 'Resultat',
  perspectives: 'Tvärgående perspektiv',
  notApplicable: 'ej tillämpligt',
  challenges: 'Utmaningar',
  nextYearFocus: 'Fokus för nästa år',
  planData: 'Underlag ur handlingsplanen vid inskickandet',
  items: 'Åtgärder',
  noItems: 'Arbetsgruppen hade inga åtgärder.',
  itemColumns: ['Åtgärd', 'Område', 'Ansvarig', 'Status', 'Hälsa', 'Framsteg', 'Slutdatum'],
  status: {
    [ActionItemStatus.PLANNED]: 'Planerad',
    [ActionItemStatus.IN_PROGRESS]: 'Pågår',
    [ActionItemStatus.DONE]: 'Klar',
    [ActionItemStatus.BLOCKED]: 'Blockerad',
    [ActionItemStatus.CANCELLED]: 'Avbruten',
  },
  health: {
    [ActionItemHealth.ON_TRACK]: 'Enligt plan',
    [ActionItemHealth.AT_RISK]: 'Risk',
    [ActionItemHealth.OFF_TRACK]: 'Avviker',
  },
  goals: 'Mål',
  noGoals: 'Myndigheten hade inga mål i handlingsplanen.',
  goal: (title) => `Mål: ${title}`,
  assessment: 'Bedömning',
  notAssessed: 'Ingen bedömning gjord för året.',
  outcome: {
    [AssessmentOutcome.FULFILLED]: 'Uppfyllt',
    [AssessmentOutcome.PARTLY_FULFILLED]: 'Delvis uppfyllt',
    [AssessmentOutcome.NOT_FULFILLED]: 'Inte uppfyllt',
    [AssessmentOutcome.NOT_ASSESSABLE]: 'Inte bedömbart',
  },
  indicatorColumns: ['Indikator', 'Enhet', 'Utgångsvärde', 'Målvärde', 'Uppmätt'],
  unit: { [IndicatorUnit.COUNT]: 'Antal', [IndicatorUnit.PERCENT]: 'Procent', [IndicatorUnit.RATIO]: 'Andel' },
  noMeasurements: 'Inga mätningar',
  of: 'av',
  verification: 'Kontroll av äkthet',
  verificationHow:
    'Det inskickade dokumentet är JSON-filen som skickades med rapporten; denna PDF återger samma version för läsning. ' +
    'SHA-256-summan ovan gäller JSON-filens bytes. Kontrollera den till exempel med kommandot sha256sum på JSON-filen.',
  page: (number, count) => `Sida ${number} av ${count}`,
};

const EN: ReportLabels = {
  locale: 'en-GB',
  kindTitle: {
    [ReportKind.WORKING_GROUP]: 'Annual report of the working group',
    [ReportKind.AGENCY_FOLLOW_UP]: "Follow-up of the agency's goals",
  },
  author: { [ReportKind.WORKING_GROUP]: 'Working group', [ReportKind.AGENCY_FOLLOW_UP]: 'Agency' },
  plan: 'Action plan',
  version: 'Version',
  submitted: 'Submitted',
  submittedBy: 'Submitted by',
  registrationNumber: 'Registration number (diarienummer)',
  noRegistrationNumber: 'None given',
  dueDate: 'Due date',
  sha256: 'SHA-256 of the JSON document',
  summary: 'Summary',
  workDone: 'Work done per development area',
  area: (number, title) => `Development area ${number}: ${title}`,
  results: 'Results',
  perspectives: 'Cross-cutting perspectives',
  notApplicable: 'not applicable',
  challenges: 'Challenges',
  nextYearFocus: "Next year's focus",
  planData: 'Plan data at submission',
  items: 'Action items',
  noItems: 'The working group had no action items.',
  itemColumns: ['Action item', 'Area', 'Lead', 'Status', 'Health', 'Progress', 'Due'],
  status: {
    [ActionItemStatus.PLANNED]: 'Planned',
    [ActionItemStatus.IN_PROGRESS]: 'In progress',
    [ActionItemStatus.DONE]: 'Done',
    [ActionItemStatus.BLOCKED]: 'Blocked',
    [ActionItemStatus.CANCELLED]: 'Cancelled',
  },
  health: {
    [ActionItemHealth.ON_TRACK]: 'On track',
    [ActionItemHealth.AT_RISK]: 'At risk',
    [ActionItemHealth.OFF_TRACK]: 'Off track',
  },
  goals: 'Goals',
  noGoals: 'The agency had no goals in the plan.',
  goal: (title) => `Goal: ${title}`,
  assessment: 'Assessment',
  notAssessed: 'No assessment made for the year.',
  outcome: {
    [AssessmentOutcome.FULFILLED]: 'Fulfilled',
    [AssessmentOutcome.PARTLY_FULFILLED]: 'Partly fulfilled',
    [AssessmentOutcome.NOT_FULFILLED]: 'Not fulfilled',
    [AssessmentOutcome.NOT_ASSESSABLE]: 'Not assessable',
  },
  indicatorColumns: ['Indicator', 'Unit', 'Baseline', 'Target', 'Measured'],
  unit: { [IndicatorUnit.COUNT]: 'Count', [IndicatorUnit.PERCENT]: 'Percent', [IndicatorUnit.RATIO]: 'Share' },
  noMeasurements: 'No measurements',
  of: 'of',
  verification: 'Verifying this document',
  verificationHow:
    'The submitted document is the JSON file sent with the report; this PDF renders the same version for reading. ' +
    "The SHA-256 above is that of the JSON file's bytes. Check it, for example, with the command sha256sum on the JSON file.",
  page: (number, count) => `Page ${number} of ${count}`,
};

export const REPORT_LABELS: Record<ReportLanguage, ReportLabels> = { [ReportLanguage.SV]: SV, [ReportLanguage.EN]: EN };

/** Stockholm time, as the agencies read it. */
const TIME_ZONE = 'Europe/Stockholm';

/** A submission time, e.g. "3 februari 2022 kl. 10:05". */
export function formatDateTime(iso: string, labels: ReportLabels): string {
  return new Intl.DateTimeFormat(labels.locale, { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD), e.g. "31 mars 2022". */
export function formatDate(date: string, labels: ReportLabels): string {
  return new Intl.DateTimeFormat(labels.locale, { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}

/** A figure with the locale's decimal comma or point and digit grouping. */
export function formatNumber(value: number, labels: ReportLabels): string {
  return new Intl.NumberFormat(labels.locale, { maximumFractionDigits: 4 }).format(value);
}
