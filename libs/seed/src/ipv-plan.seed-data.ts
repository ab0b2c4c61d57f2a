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
  title: 'Extended collaboration on better detection of intimate-partner violence 2019–2021',
  mandate: 'Government assignments S2018/03696/JÄM and S2019/01517/JÄM',
  periodStart: '2019-01-01',
  periodEnd: '2021-12-31',
};

export const PLAN_AGENCIES: { code: string; role: PlanAgencyRole; responsibility: string }[] = [
  { code: 'AF', role: PlanAgencyRole.MEMBER, responsibility: 'Member of the steering group and all working groups' },
  { code: 'FK', role: PlanAgencyRole.MEMBER, responsibility: 'Member of the steering group and all working groups; coordinates working group 3' },
  { code: 'MV', role: PlanAgencyRole.MEMBER, responsibility: 'Member of the steering group and all working groups; coordinates working group 2' },
  { code: 'SOS', role: PlanAgencyRole.MEMBER, responsibility: 'Member; knowledge and quality-assurance support; coordinates working group 1' },
  { code: 'JAMY', role: PlanAgencyRole.COORDINATOR, responsibility: 'Overall coordination; receives a copy of every written report' },
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
    name: 'Steering group (chefssamordningsgrupp)',
    focus: 'Managers from AF, FK, MV and SOS: reviews progress, receives the written reports, acknowledges them or returns them for revision, and revises the plan.',
    coordinatingAgency: null,
    support: [],
  },
  {
    kind: GroupKind.WORKING,
    number: 1,
    name: 'Working group 1: Routines and methods',
    focus: 'Routines and methods to detect people exposed to violence and people who use violence, and referral to social services, health care and the justice system.',
    coordinatingAgency: 'SOS',
    support: [{ agency: 'SOS', contribution: 'Knowledge and quality assurance' }],
  },
  {
    kind: GroupKind.WORKING,
    number: 2,
    name: 'Working group 2: Information',
    focus: 'Overall information, external and internal, on violence, legislation, protection and support.',
    coordinatingAgency: 'MV',
    support: [],
  },
  {
    kind: GroupKind.WORKING,
    number: 3,
    name: 'Working group 3: Support to staff',
    focus: 'Strengthened support to staff who meet clients: competence development, supervision, work-environment support.',
    coordinatingAgency: 'FK',
    support: [{ agency: 'SOS', contribution: 'Knowledge and quality assurance' }],
  },
];

export const DEVELOPMENT_AREAS = [
  {
    number: 1,
    title: 'Routines and methods for detection',
    subTopics: ['Content of routines and methods', 'Making them known and implemented', 'Follow-up of compliance'],
  },
  {
    number: 2,
    title: 'Overall information on violence, legislation, protection and support',
    subTopics: ['Externally directed information', 'Information on regional and local support'],
  },
  {
    number: 3,
    title: 'Referral to social services, health care and the justice system',
    subTopics: ['Securing referral routines at each agency'],
  },
  {
    number: 4,
    title: 'Strengthened support to staff with client contacts',
    subTopics: ['Competence development and supervision', 'Special support for staff'],
  },
];

export const PERSPECTIVES = [
  {
    code: 'HONOUR_RELATED_VIOLENCE',
    title: 'Honour-related violence and oppression',
    description: 'Including forced marriage, child marriage and female genital mutilation.',
  },
  {
    code: 'SPECIAL_VULNERABILITY',
    title: 'Special vulnerability',
    description: 'Disability, age, sexual orientation, gender identity or expression, substance abuse.',
  },
  {
    code: 'CHILDREN_AT_RISK',
    title: 'Children at risk',
    description: 'Duty or recommendation to report to social services.',
  },
  { code: 'PEOPLE_WHO_USE_VIOLENCE', title: 'People who use violence', description: 'Detection of and measures for people who use violence.' },
  { code: 'PROSTITUTION_AND_TRAFFICKING', title: 'Prostitution and human trafficking', description: 'Prostitution and trafficking in human beings.' },
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
  person('admin', 'Alva Lindqvist', 'System administrator', 'JAMY', [UserRole.ADMINISTRATOR]),
  person('observator', 'Oskar Wennberg', 'Analyst', 'JAMY', [UserRole.OBSERVER]),
  person('styrgrupp.af', 'Birgitta Holm', 'Head of unit', 'AF', [], [{ group: 0, role: M }]),
  person('styrgrupp.fk', 'Johan Ekström', 'Head of department', 'FK', [], [{ group: 0, role: MembershipRole.CHAIR }]),
  person('styrgrupp.mv', 'Leila Haddad', 'Head of unit', 'MV', [], [{ group: 0, role: M }]),
  person('styrgrupp.sos', 'Karin Sjöberg', 'Head of unit', 'SOS', [], [{ group: 0, role: M }]),
  person('samordnare.ag1', 'Maria Nyström', 'Investigator', 'SOS', [], [{ group: 1, role: C }]),
  person('medlem.ag1.af', 'Erik Dahl', 'Specialist', 'AF', [], [{ group: 1, role: M }]),
  person('medlem.ag1.fk', 'Sara Öberg', 'Specialist', 'FK', [], [{ group: 1, role: M }]),
  person('medlem.ag1.mv', 'Ahmed Karimi', 'Specialist', 'MV', [], [{ group: 1, role: M }]),
  person('samordnare.ag2', 'Elin Forsberg', 'Communications officer', 'MV', [], [{ group: 2, role: C }]),
  person('medlem.ag2.af', 'Nils Berglund', 'Communications officer', 'AF', [], [{ group: 2, role: M }]),
  person('medlem.ag2.fk', 'Hanna Lund', 'Communications officer', 'FK', [], [{ group: 2, role: M }]),
  person('medlem.ag2.sos', 'Per Åkesson', 'Investigator', 'SOS', [], [{ group: 2, role: M }]),
  person('samordnare.ag3', 'Lena Bergström', 'Process owner', 'FK', [], [{ group: 3, role: C }]),
  person('medlem.ag3', 'Jonas Falk', 'HR specialist', 'AF', [], [{ group: 3, role: M }]),
  person('medlem.ag3.mv', 'Fatima Noor', 'HR specialist', 'MV', [], [{ group: 3, role: M }]),
  person('medlem.ag3.sos', 'Ingrid Vik', 'Investigator', 'SOS', [], [{ group: 3, role: M }]),
  person('representant.af', 'Tomas Strand', 'Agency contact', 'AF', [UserRole.AGENCY_REPRESENTATIVE]),
  person('representant.fk', 'Anna Hedlund', 'Agency contact', 'FK', [UserRole.AGENCY_REPRESENTATIVE]),
  person('representant.mv', 'Yusuf Demir', 'Agency contact', 'MV', [UserRole.AGENCY_REPRESENTATIVE]),
  person('representant.sos', 'Cecilia Moberg', 'Agency contact', 'SOS', [UserRole.AGENCY_REPRESENTATIVE]),
];
