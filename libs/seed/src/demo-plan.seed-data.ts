import { ActionItemHealth, ActionItemStatus } from '@samverkan/plan';
import { AssessmentOutcome, IndicatorDirection, IndicatorSourceKind, IndicatorUnit } from '@samverkan/goals';
import { ReportStatus } from '@samverkan/reports';
import { SeedGoal } from './fk-goals.seed-data';

/**
 * A demo plan beside the historical one, so a newcomer sees the product at
 * work: items in every status and health, some overdue, some gone quiet,
 * some due soon, meetings with decisions, goals with figures. Every date is
 * a number of days from the anchor, the day the demo was first seeded, and
 * every year an offset from the anchor's year. Invented throughout.
 */
export const DEMO_PLAN_KEY = 'DEMO-IPV';

export function demoPlan(anchorYear: number): { title: string; mandate: string; periodStart: string; periodEnd: string; staleAfterDays: number } {
  return {
    title: `Demo: samverkan mot våld i nära relationer, ${anchorYear - 1}–${anchorYear + 1}`,
    mandate: 'Demoplan med påhittat innehåll, för att visa hur arbetet följs upp. Den historiska planen 2019–2021 ligger bredvid, orörd.',
    periodStart: `${anchorYear - 1}-01-01`,
    periodEnd: `${anchorYear + 1}-12-31`,
    staleAfterDays: 30,
  };
}

/** The annual reports on last year fall due this many days after the anchor. */
export const DEMO_REPORTS_DUE_IN_DAYS = 21;

/** Perspective codes of the plan (see PERSPECTIVES), each accounted for in a report. */
type PerspectiveCode =
  | 'HONOUR_RELATED_VIOLENCE'
  | 'SPECIAL_VULNERABILITY'
  | 'CHILDREN_AT_RISK'
  | 'PEOPLE_WHO_USE_VIOLENCE'
  | 'PROSTITUTION_AND_TRAFFICKING';

/**
 * A working group's annual report on the year before the anchor's, written
 * and submitted by its coordinator, then reviewed by a steering-group member.
 */
export interface DemoReport {
  group: number;
  author: string;
  reviewer: string;
  outcome: ReportStatus.RETURNED | ReportStatus.ACKNOWLEDGED;
  /** The reviewer's comment: what to revise, or a word of thanks. */
  comment: string;
  registrationNumber: string;
  summary: string;
  workDone: { developmentArea: number; text: string }[];
  results: string;
  perspectives: Record<PerspectiveCode, { notApplicable?: true; text: string }>;
  challenges: string;
  nextYearFocus: string;
}

export interface DemoCheckIn {
  /** Days from the anchor (negative: before it). */
  day: number;
  author: string;
  narrative: string;
  status?: ActionItemStatus;
  health?: ActionItemHealth;
  progress?: number;
}

export interface DemoItem {
  title: string;
  description: string;
  /** Title of the parent item, for a sub-item. */
  parent?: string;
  group: number;
  developmentArea: number;
  leadAgency: string;
  otherAgencies: string[];
  owner: string;
  status: ActionItemStatus;
  health: ActionItemHealth;
  progress: number;
  /** Days from the anchor. */
  created: number;
  start: number | null;
  due: number | null;
  checkIns: DemoCheckIn[];
}

const email = (local: string): string => `${local}@samverkan.example`;
const { PLANNED, IN_PROGRESS, DONE, BLOCKED, CANCELLED } = ActionItemStatus;
const { ON_TRACK, AT_RISK, OFF_TRACK } = ActionItemHealth;

/** Monthly check-ins from `firstDay` to `lastDay` (days from the anchor), with progress rising to `reached`. */
function monthly(author: string, firstDay: number, lastDay: number, reached: number, health: ActionItemHealth, what: string): DemoCheckIn[] {
  const days: number[] = [];
  for (let day = firstDay; day < lastDay; day += 30) days.push(day);
  days.push(lastDay);
  return days.map((day, index) => ({
    day,
    author,
    narrative: `${what}: ${index + 1 === days.length ? 'läget just nu' : 'avstämning'} (${index + 1} av ${days.length}).`,
    status: IN_PROGRESS,
    health,
    progress: Math.round((reached * (index + 1)) / days.length),
  }));
}

export const DEMO_ITEMS: DemoItem[] = [
  {
    title: 'Gemensam rutin för att fråga om våld',
    description: 'En rutin som alla fyra myndigheter använder när en handläggare misstänker att en klient utsätts för våld.',
    group: 1,
    developmentArea: 1,
    leadAgency: 'SOS',
    otherAgencies: ['AF', 'FK', 'MV'],
    owner: email('samordnare.ag1'),
    status: IN_PROGRESS,
    health: ON_TRACK,
    progress: 60,
    created: -160,
    start: -150,
    due: 20,
    checkIns: monthly(email('samordnare.ag1'), -130, -8, 60, ON_TRACK, 'Rutinen skrivs och remitteras'),
  },
  {
    title: 'Utbildning i rutinen för handläggare',
    description: 'Webbutbildning och lärarledda pass för handläggare med klientkontakt.',
    group: 1,
    developmentArea: 1,
    leadAgency: 'FK',
    otherAgencies: ['AF'],
    owner: email('medlem.ag1.fk'),
    status: IN_PROGRESS,
    health: AT_RISK,
    progress: 35,
    created: -140,
    start: -120,
    due: -14,
    checkIns: [
      { day: -100, author: email('medlem.ag1.fk'), narrative: 'Upphandling av webbutbildningen klar.', status: IN_PROGRESS, health: ON_TRACK, progress: 15 },
      { day: -70, author: email('medlem.ag1.fk'), narrative: 'Första lärarledda passet hållet för 40 handläggare.', progress: 30 },
      { day: -45, author: email('medlem.ag1.fk'), narrative: 'Utbildarna är upptagna av annat; resten av passen riskerar att dröja.', health: AT_RISK, progress: 35 },
    ],
  },
  {
    title: 'Uppföljning av att rutinen följs',
    description: 'Stickprov i ärenden ett halvår efter införandet.',
    group: 1,
    developmentArea: 1,
    leadAgency: 'MV',
    otherAgencies: [],
    owner: email('medlem.ag1.mv'),
    status: PLANNED,
    health: ON_TRACK,
    progress: 0,
    created: -3,
    start: 40,
    due: 220,
    checkIns: [],
  },
  {
    title: 'Remissvägar till socialtjänsten, myndighet för myndighet',
    description: 'Vem på varje myndighet kontaktar socialtjänsten, hur och när.',
    group: 1,
    developmentArea: 3,
    leadAgency: 'SOS',
    otherAgencies: ['FK', 'MV'],
    owner: email('medlem.ag1.af'),
    status: IN_PROGRESS,
    health: OFF_TRACK,
    progress: 45,
    created: -90,
    start: -80,
    due: 9,
    checkIns: [
      { day: -60, author: email('medlem.ag1.af'), narrative: 'Kartläggningen av nuvarande kontaktvägar klar.', status: IN_PROGRESS, health: ON_TRACK, progress: 30 },
      { day: -20, author: email('medlem.ag1.af'), narrative: 'Två myndigheter saknar utsedd kontaktperson; blir inte klart i tid.', health: OFF_TRACK, progress: 45 },
    ],
  },
  {
    title: 'Webbsida om skydd och stöd vid våld',
    description: 'Gemensam sida med vägar till stöd, länkad från alla fyra myndigheters webbplatser.',
    group: 2,
    developmentArea: 2,
    leadAgency: 'MV',
    otherAgencies: ['AF', 'FK', 'SOS'],
    owner: email('samordnare.ag2'),
    status: DONE,
    health: ON_TRACK,
    progress: 100,
    created: -200,
    start: -180,
    due: -40,
    checkIns: [
      ...monthly(email('samordnare.ag2'), -170, -75, 80, ON_TRACK, 'Texter och struktur för webbsidan'),
      { day: -42, author: email('samordnare.ag2'), narrative: 'Sidan är publicerad och länkad från alla fyra myndigheter.', status: DONE, progress: 100 },
    ],
  },
  {
    title: 'Informationsmaterial på lätt svenska och fler språk',
    description: 'Broschyr och film om rätten till stöd, på lätt svenska, engelska, arabiska, somaliska och dari.',
    group: 2,
    developmentArea: 2,
    leadAgency: 'AF',
    otherAgencies: ['MV'],
    owner: email('medlem.ag2.af'),
    status: BLOCKED,
    health: OFF_TRACK,
    progress: 20,
    created: -110,
    start: -100,
    due: -5,
    checkIns: [
      { day: -80, author: email('medlem.ag2.af'), narrative: 'Texterna på lätt svenska är klara.', status: IN_PROGRESS, health: ON_TRACK, progress: 20 },
      { day: -50, author: email('medlem.ag2.af'), narrative: 'Översättningen står still: avtalet med översättningsbyrån har löpt ut.', status: BLOCKED, health: OFF_TRACK },
    ],
  },
  {
    title: 'Kampanj riktad till personal',
    description: 'Affischer och intranätsartiklar om rutinen.',
    group: 2,
    developmentArea: 2,
    leadAgency: 'FK',
    otherAgencies: [],
    owner: email('medlem.ag2.fk'),
    status: CANCELLED,
    health: ON_TRACK,
    progress: 10,
    created: -120,
    start: -90,
    due: 60,
    checkIns: [
      { day: -75, author: email('medlem.ag2.fk'), narrative: 'Styrgruppen beslutade att avbryta kampanjen; resurserna går till utbildningen.', status: CANCELLED, progress: 10 },
    ],
  },
  {
    title: 'Handledning för personal med klientkontakt',
    description: 'Regelbunden ärendehandledning i grupp för personal som möter våldsutsatta.',
    group: 3,
    developmentArea: 4,
    leadAgency: 'FK',
    otherAgencies: ['AF', 'MV', 'SOS'],
    owner: email('samordnare.ag3'),
    status: IN_PROGRESS,
    health: ON_TRACK,
    progress: 70,
    created: -200,
    start: -190,
    due: 25,
    checkIns: monthly(email('samordnare.ag3'), -180, -5, 70, ON_TRACK, 'Handledningsgrupper startas'),
  },
  {
    title: 'Pilot med handledning i två regioner',
    description: 'Handledningen prövas i Västra Götaland och Norrbotten innan den införs överallt.',
    parent: 'Handledning för personal med klientkontakt',
    group: 3,
    developmentArea: 4,
    leadAgency: 'FK',
    otherAgencies: ['SOS'],
    owner: email('medlem.ag3.sos'),
    status: IN_PROGRESS,
    health: ON_TRACK,
    progress: 80,
    created: -150,
    start: -140,
    due: 3,
    checkIns: [
      { day: -100, author: email('medlem.ag3.sos'), narrative: 'Båda regionerna har startat sina grupper.', status: IN_PROGRESS, health: ON_TRACK, progress: 40 },
      { day: -7, author: email('medlem.ag3.sos'), narrative: 'Utvärderingen av piloten skrivs.', progress: 80 },
    ],
  },
  {
    title: 'Stödsamtal efter svåra klientmöten',
    description: 'Rätt till samtal med företagshälsovården efter ett svårt möte.',
    group: 3,
    developmentArea: 4,
    leadAgency: 'AF',
    otherAgencies: ['MV'],
    owner: email('medlem.ag3'),
    status: PLANNED,
    health: AT_RISK,
    progress: 0,
    created: -50,
    start: 10,
    due: 45,
    checkIns: [],
  },
];

export interface DemoMeeting {
  group: number;
  /** Days from the anchor; a meeting ahead gets its reminders. */
  day: number;
  title: string;
  notes: string;
  attendees: string[];
  items: string[];
  decisions: { text: string }[];
}

export const DEMO_MEETINGS: DemoMeeting[] = [
  {
    group: 0,
    day: -76,
    title: 'Styrgruppsmöte',
    notes: 'Genomgång av arbetsgruppernas läge inför hösten.',
    attendees: ['styrgrupp.af', 'styrgrupp.fk', 'styrgrupp.mv', 'styrgrupp.sos'].map(email),
    items: ['Kampanj riktad till personal', 'Utbildning i rutinen för handläggare'],
    decisions: [
      { text: 'Kampanjen riktad till personal avbryts; resurserna går till utbildningen i rutinen.' },
      { text: 'Arbetsgrupp 1 återkommer med en ny tidplan för utbildningen.' },
    ],
  },
  {
    group: 1,
    day: -21,
    title: 'Arbetsgrupp 1: avstämning',
    notes: 'Remissvägarna och utbildningen ligger efter.',
    attendees: ['samordnare.ag1', 'medlem.ag1.af', 'medlem.ag1.fk', 'medlem.ag1.mv'].map(email),
    items: ['Remissvägar till socialtjänsten, myndighet för myndighet', 'Gemensam rutin för att fråga om våld'],
    decisions: [{ text: 'Samordnaren tar upp de saknade kontaktpersonerna med styrgruppen.' }],
  },
  {
    group: 3,
    day: 5,
    title: 'Arbetsgrupp 3: planering av handledningen',
    notes: 'Utvärderingen av piloten och införandet i fler regioner.',
    attendees: ['samordnare.ag3', 'medlem.ag3', 'medlem.ag3.mv', 'medlem.ag3.sos'].map(email),
    items: ['Handledning för personal med klientkontakt', 'Pilot med handledning i två regioner'],
    decisions: [],
  },
];

/** Each agency's own goal in the demo, with figures for the two years before the anchor's and the anchor's own. */
export function demoGoals(anchorYear: number): { agency: string; recordedBy: string; goal: SeedGoal }[] {
  const lastYear = anchorYear - 1;
  return [
    {
      agency: 'AF',
      recordedBy: email('representant.af'),
      goal: {
        title: 'Fler handläggare frågar om våld',
        statement: 'Handläggare med klientkontakt frågar om våld när det finns tecken på det.',
        scope: 'Alla handläggare med klientkontakt',
        developmentArea: 1,
        perspectives: [],
        firstYear: lastYear,
        indicators: [
          {
            name: 'Andel handläggare som har gått utbildningen',
            unit: IndicatorUnit.RATIO,
            direction: IndicatorDirection.HIGHER_IS_BETTER,
            baseline: { value: 0.1, year: lastYear - 1 },
            target: { value: 0.9, year: anchorYear + 1 },
            sourceKind: IndicatorSourceKind.FOLLOW_UP,
            sourceDescription: 'Utbildningsregistret',
            measurements: [
              { year: lastYear, numerator: 420, denominator: 1500, note: 'Webbutbildningen öppnade i mars.' },
              { year: anchorYear, numerator: 810, denominator: 1500, note: 'Hittills i år.' },
            ],
          },
        ],
        assessments: [{ year: lastYear, outcome: AssessmentOutcome.PARTLY_FULFILLED, justification: 'Utbildningen kom igång men nådde färre än planerat.' }],
      },
    },
    {
      agency: 'MV',
      recordedBy: email('representant.mv'),
      goal: {
        title: 'Information om stöd når den som söker skydd',
        statement: 'Den som söker skydd får veta vart den kan vända sig om den utsätts för våld.',
        scope: 'Asylsökande och anhöriginvandrare',
        developmentArea: 2,
        perspectives: ['HONOUR_RELATED_VIOLENCE'],
        firstYear: lastYear,
        indicators: [
          {
            name: 'Antal besök på webbsidan om skydd och stöd',
            unit: IndicatorUnit.COUNT,
            direction: IndicatorDirection.HIGHER_IS_BETTER,
            baseline: null,
            target: { value: 20000, year: anchorYear + 1 },
            sourceKind: IndicatorSourceKind.REGISTER,
            sourceDescription: 'Webbstatistik',
            measurements: [
              { year: lastYear, value: 6200, note: 'Från publiceringen.' },
              { year: anchorYear, value: 11800, note: 'Hittills i år.' },
            ],
          },
          {
            name: 'Andel som känner till var de kan få stöd',
            unit: IndicatorUnit.PERCENT,
            direction: IndicatorDirection.HIGHER_IS_BETTER,
            baseline: { value: 41, year: lastYear - 1 },
            target: { value: 70, year: anchorYear + 1 },
            sourceKind: IndicatorSourceKind.SURVEY,
            sourceDescription: 'Enkät vid besök på mottagningsenheten',
            measurements: [
              { year: lastYear, value: 48, note: '' },
              { year: anchorYear, value: 55, note: '' },
            ],
          },
        ],
        assessments: [],
      },
    },
    {
      agency: 'SOS',
      recordedBy: email('representant.sos'),
      goal: {
        title: 'Färre dröjsmål innan socialtjänsten kontaktas',
        statement: 'Socialtjänsten kontaktas inom en vecka när en myndighet har upptäckt våld.',
        scope: 'Ärenden där våld har upptäckts',
        developmentArea: 3,
        perspectives: ['CHILDREN_AT_RISK'],
        firstYear: lastYear,
        indicators: [
          {
            name: 'Dagar från upptäckt till kontakt med socialtjänsten (median)',
            unit: IndicatorUnit.COUNT,
            direction: IndicatorDirection.LOWER_IS_BETTER,
            baseline: { value: 19, year: lastYear - 1 },
            target: { value: 7, year: anchorYear + 1 },
            sourceKind: IndicatorSourceKind.FOLLOW_UP,
            sourceDescription: 'Stickprov i ärenden',
            measurements: [
              { year: lastYear, value: 15, note: '60 ärenden granskade.' },
              { year: anchorYear, value: 11, note: '45 ärenden granskade hittills i år.' },
            ],
          },
        ],
        assessments: [{ year: lastYear, outcome: AssessmentOutcome.NOT_FULFILLED, justification: 'Förbättring, men långt från en vecka.' }],
      },
    },
  ];
}

/** One report returned for revision, one acknowledged; working group 3's is still to come. */
export const DEMO_REPORTS: DemoReport[] = [
  {
    group: 1,
    author: email('samordnare.ag1'),
    reviewer: email('styrgrupp.af'),
    outcome: ReportStatus.RETURNED,
    comment:
      'Tack för rapporten. Komplettera resultatavsnittet med hur många handläggare som har gått utbildningen per myndighet, ' +
      'och beskriv varför remissvägarna är försenade och vad gruppen behöver av styrgruppen.',
    registrationNumber: 'SOS 2.1-1043/DEMO',
    summary: 'Arbetsgruppen har tagit fram en gemensam rutin för att fråga om våld och börjat utbilda handläggarna i den.',
    workDone: [
      { developmentArea: 1, text: 'Rutinen för att fråga om våld är antagen av alla fyra myndigheter. Utbildningen har startat hos två av dem.' },
      { developmentArea: 3, text: 'Arbetet med remissvägar till socialtjänsten har påbörjats; kontaktpersoner saknas ännu hos en myndighet.' },
    ],
    results: 'Rutinen finns och utbildningen har kommit i gång.',
    perspectives: {
      HONOUR_RELATED_VIOLENCE: { text: 'Rutinen har en särskild fråga om hedersrelaterat våld och förtryck.' },
      SPECIAL_VULNERABILITY: { text: 'Utbildningen tar upp frågor till personer med funktionsnedsättning och äldre.' },
      CHILDREN_AT_RISK: { text: 'Rutinen påminner om anmälningsplikten till socialtjänsten när barn berörs.' },
      PEOPLE_WHO_USE_VIOLENCE: { notApplicable: true, text: 'Rutinen riktar sig till den som utsätts; våldsutövare ingår i nästa års arbete.' },
      PROSTITUTION_AND_TRAFFICKING: { text: 'Rutinen hänvisar till den nationella stödlinjen vid misstanke om människohandel.' },
    },
    challenges: 'Utbildningen ligger efter tidplanen och en myndighet saknar kontaktpersoner för remisser.',
    nextYearFocus: 'Utbilda alla handläggare med klientkontakt och bli klara med remissvägarna.',
  },
  {
    group: 2,
    author: email('samordnare.ag2'),
    reviewer: email('styrgrupp.fk'),
    outcome: ReportStatus.ACKNOWLEDGED,
    comment: 'Styrgruppen tackar för en tydlig rapport och ser fram emot materialet på fler språk.',
    registrationNumber: 'MV 1.3-2210/DEMO',
    summary: 'Arbetsgruppen har publicerat en gemensam webbsida om skydd och stöd vid våld och tagit fram material på lätt svenska.',
    workDone: [
      { developmentArea: 2, text: 'Webbsidan om skydd och stöd vid våld är publicerad och länkad från alla fyra myndigheters webbplatser.' },
      { developmentArea: 3, text: 'Webbsidan beskriver hur man kommer vidare till socialtjänsten, vården och rättsväsendet.' },
    ],
    results: 'Webbsidan hade i genomsnitt 1 800 besök i månaden under hösten. Materialet på lätt svenska är klart; översättningarna pågår.',
    perspectives: {
      HONOUR_RELATED_VIOLENCE: { text: 'Webbsidan har ett eget avsnitt om hedersrelaterat våld och tvångsäktenskap.' },
      SPECIAL_VULNERABILITY: { text: 'Materialet på lätt svenska är granskat av en intresseorganisation för personer med funktionsnedsättning.' },
      CHILDREN_AT_RISK: { text: 'Webbsidan vänder sig också till barn och unga, med länk till stöd för barn.' },
      PEOPLE_WHO_USE_VIOLENCE: { text: 'Webbsidan hänvisar till stöd för den som vill sluta använda våld.' },
      PROSTITUTION_AND_TRAFFICKING: { text: 'Webbsidan hänvisar till stöd vid prostitution och människohandel.' },
    },
    challenges: 'Översättningarna tar längre tid än planerat, och kampanjen riktad till personal avbröts av styrgruppen.',
    nextYearFocus: 'Materialet på fler språk, och att mäta om informationen når dem som söker skydd.',
  },
];
