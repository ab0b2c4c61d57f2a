import { GroupKind, MembershipRole, UserRole } from '@samverkan/auth';
import { PlanAgencyRole } from '@samverkan/plan';

/**
 * The 2019–2021 plan for extended collaboration on better detection of
 * intimate-partner violence (S2018/03696/JÄM, S2019/01517/JÄM).
 * People are invented; everything else is the plan as the agencies wrote it.
 */
export const AGENCIES = [
  { code: 'AF', nameSv: 'Arbetsförmedlingen', nameEn: 'Swedish Public Employment Service' },
  { code: 'FK', nameSv: 'Försäkringskassan', nameEn: 'Swedish Social Insurance Agency' },
  { code: 'MV', nameSv: 'Migrationsverket', nameEn: 'Swedish Migration Agency' },
  { code: 'SOS', nameSv: 'Socialstyrelsen', nameEn: 'National Board of Health and Welfare' },
  { code: 'JAMY', nameSv: 'Jämställdhetsmyndigheten', nameEn: 'Swedish Gender Equality Agency', contactEmail: 'registrator@jamy.example' },
] as const;

export const PLAN = {
  key: 'IPV-2019-2021',
  title: 'Utökad samverkan för att bättre upptäcka våld i nära relationer 2019–2021',
  mandate: 'Regeringsuppdragen S2018/03696/JÄM och S2019/01517/JÄM',
  periodStart: '2019-01-01',
  periodEnd: '2021-12-31',
};

export const PLAN_AGENCIES: { code: string; role: PlanAgencyRole; responsibility: string }[] = [
  { code: 'AF', role: PlanAgencyRole.MEMBER, responsibility: 'Ingår i styrgruppen och i alla arbetsgrupper' },
  { code: 'FK', role: PlanAgencyRole.MEMBER, responsibility: 'Ingår i styrgruppen och i alla arbetsgrupper; samordnar arbetsgrupp 3' },
  { code: 'MV', role: PlanAgencyRole.MEMBER, responsibility: 'Ingår i styrgruppen och i alla arbetsgrupper; samordnar arbetsgrupp 2' },
  { code: 'SOS', role: PlanAgencyRole.MEMBER, responsibility: 'Ingår; stöd med kunskap och kvalitetssäkring; samordnar arbetsgrupp 1' },
  { code: 'JAMY', role: PlanAgencyRole.COORDINATOR, responsibility: 'Samordnar arbetet som helhet; får en kopia av varje skriftlig rapport' },
];

export const MEMBER_AGENCIES = ['AF', 'FK', 'MV', 'SOS'] as const;
export type MemberAgency = (typeof MEMBER_AGENCIES)[number];

export const GROUPS: {
  kind: GroupKind;
  number: number;
  name: string;
  focus: string;
  coordinatingAgency: MemberAgency | null;
  support: { agency: MemberAgency; contribution: string }[];
}[] = [
  {
    kind: GroupKind.STEERING,
    number: 0,
    name: 'Styrgrupp (chefssamordningsgrupp)',
    focus: 'Chefer från AF, FK, MV och SOS: följer arbetet, tar emot de skriftliga rapporterna, godkänner dem eller skickar tillbaka dem för komplettering och reviderar planen.',
    coordinatingAgency: null,
    support: [],
  },
  {
    kind: GroupKind.WORKING,
    number: 1,
    name: 'Arbetsgrupp 1: Rutiner och metoder',
    focus: 'Rutiner och metoder för att upptäcka våldsutsatta och våldsutövare, och hänvisning till socialtjänst, hälso- och sjukvård och rättsväsende.',
    coordinatingAgency: 'SOS',
    support: [{ agency: 'SOS', contribution: 'Kunskapsstöd och kvalitetssäkring' }],
  },
  {
    kind: GroupKind.WORKING,
    number: 2,
    name: 'Arbetsgrupp 2: Information',
    focus: 'Övergripande information, extern och intern, om våld, lagstiftning, skydd och stöd.',
    coordinatingAgency: 'MV',
    support: [],
  },
  {
    kind: GroupKind.WORKING,
    number: 3,
    name: 'Arbetsgrupp 3: Stöd till personal',
    focus: 'Stärkt stöd till personal som möter klienter: kompetensutveckling, handledning och stöd i arbetsmiljön.',
    coordinatingAgency: 'FK',
    support: [{ agency: 'SOS', contribution: 'Kunskapsstöd och kvalitetssäkring' }],
  },
];

export const DEVELOPMENT_AREAS = [
  {
    number: 1,
    title: 'Rutiner och metoder för att upptäcka våld',
    subTopics: ['Rutinernas och metodernas innehåll', 'Att göra dem kända och införda', 'Uppföljning av att de följs'],
  },
  {
    number: 2,
    title: 'Övergripande information om våld, lagstiftning, skydd och stöd',
    subTopics: ['Extern information', 'Information om regionalt och lokalt stöd'],
  },
  {
    number: 3,
    title: 'Hänvisning till socialtjänst, hälso- och sjukvård och rättsväsende',
    subTopics: ['Säkra rutiner för hänvisning på varje myndighet'],
  },
  {
    number: 4,
    title: 'Stärkt stöd till personal med klientkontakter',
    subTopics: ['Kompetensutveckling och handledning', 'Särskilt stöd till personal'],
  },
];

export const PERSPECTIVES = [
  {
    code: 'HONOUR_RELATED_VIOLENCE',
    title: 'Hedersrelaterat våld och förtryck',
    description: 'Inklusive tvångsäktenskap, barnäktenskap och könsstympning.',
  },
  {
    code: 'SPECIAL_VULNERABILITY',
    title: 'Särskild sårbarhet',
    description: 'Funktionsnedsättning, ålder, sexuell läggning, könsidentitet eller könsuttryck, missbruk.',
  },
  {
    code: 'CHILDREN_AT_RISK',
    title: 'Barn som far illa',
    description: 'Skyldighet eller rekommendation att anmäla till socialtjänsten.',
  },
  { code: 'PEOPLE_WHO_USE_VIOLENCE', title: 'Våldsutövare', description: 'Att upptäcka våldsutövare och insatser för dem.' },
  { code: 'PROSTITUTION_AND_TRAFFICKING', title: 'Prostitution och människohandel', description: 'Prostitution och människohandel i alla former.' },
];

export interface SeedPerson {
  email: string;
  displayName: string;
  title: string;
  agency: string;
  roles: UserRole[];
  /** Group number (0 is the steering group) and role there. */
  memberships: { group: number; role: MembershipRole }[];
}

const person = (
  email: string,
  displayName: string,
  title: string,
  agency: string,
  roles: UserRole[],
  memberships: SeedPerson['memberships'] = [],
): SeedPerson => ({ email: `${email}@samverkan.example`, displayName, title, agency, roles, memberships });

const C = MembershipRole.COORDINATOR;
const M = MembershipRole.MEMBER;

export const PEOPLE: SeedPerson[] = [
  person('admin', 'Alva Lindqvist', 'Systemadministratör', 'JAMY', [UserRole.ADMINISTRATOR]),
  person('observator', 'Oskar Wennberg', 'Analytiker', 'JAMY', [UserRole.OBSERVER]),
  person('styrgrupp.af', 'Birgitta Holm', 'Enhetschef', 'AF', [], [{ group: 0, role: M }]),
  person('styrgrupp.fk', 'Johan Ekström', 'Avdelningschef', 'FK', [], [{ group: 0, role: MembershipRole.CHAIR }]),
  person('styrgrupp.mv', 'Leila Haddad', 'Enhetschef', 'MV', [], [{ group: 0, role: M }]),
  person('styrgrupp.sos', 'Karin Sjöberg', 'Enhetschef', 'SOS', [], [{ group: 0, role: M }]),
  person('samordnare.ag1', 'Maria Nyström', 'Utredare', 'SOS', [], [{ group: 1, role: C }]),
  person('medlem.ag1.af', 'Erik Dahl', 'Specialist', 'AF', [], [{ group: 1, role: M }]),
  person('medlem.ag1.fk', 'Sara Öberg', 'Specialist', 'FK', [], [{ group: 1, role: M }]),
  person('medlem.ag1.mv', 'Ahmed Karimi', 'Specialist', 'MV', [], [{ group: 1, role: M }]),
  person('samordnare.ag2', 'Elin Forsberg', 'Kommunikatör', 'MV', [], [{ group: 2, role: C }]),
  person('medlem.ag2.af', 'Nils Berglund', 'Kommunikatör', 'AF', [], [{ group: 2, role: M }]),
  person('medlem.ag2.fk', 'Hanna Lund', 'Kommunikatör', 'FK', [], [{ group: 2, role: M }]),
  person('medlem.ag2.sos', 'Per Åkesson', 'Utredare', 'SOS', [], [{ group: 2, role: M }]),
  person('samordnare.ag3', 'Lena Bergström', 'Processägare', 'FK', [], [{ group: 3, role: C }]),
  person('medlem.ag3', 'Jonas Falk', 'HR-specialist', 'AF', [], [{ group: 3, role: M }]),
  person('medlem.ag3.mv', 'Fatima Noor', 'HR-specialist', 'MV', [], [{ group: 3, role: M }]),
  person('medlem.ag3.sos', 'Ingrid Vik', 'Utredare', 'SOS', [], [{ group: 3, role: M }]),
  person('representant.af', 'Tomas Strand', 'Myndighetens kontaktperson', 'AF', [UserRole.AGENCY_REPRESENTATIVE]),
  person('representant.fk', 'Anna Hedlund', 'Myndighetens kontaktperson', 'FK', [UserRole.AGENCY_REPRESENTATIVE]),
  person('representant.mv', 'Yusuf Demir', 'Myndighetens kontaktperson', 'MV', [UserRole.AGENCY_REPRESENTATIVE]),
  person('representant.sos', 'Cecilia Moberg', 'Myndighetens kontaktperson', 'SOS', [UserRole.AGENCY_REPRESENTATIVE]),
];
