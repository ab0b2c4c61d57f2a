/**
 * Every account the seed creates, grouped as people work together, for the
 * start command's banner and the README. A plain list on purpose: the start
 * command prints it without loading the seed (and TypeORM). A test keeps it
 * in step with the seeded people.
 */
export const DEMO_PASSWORD = 'Samverkan-demo-2019';

export interface DemoLogin {
  email: string;
  name: string;
  agency: string;
  /** The person's part in the group, e.g. "chair". */
  role: string;
}

export interface DemoLoginGroup {
  heading: string;
  logins: DemoLogin[];
}

const login = (local: string, name: string, agency: string, role: string): DemoLogin => ({ email: `${local}@samverkan.example`, name, agency, role });

export const DEMO_LOGIN_GROUPS: readonly DemoLoginGroup[] = [
  {
    heading: 'Administration and observation',
    logins: [login('admin', 'Alva Lindqvist', 'JAMY', 'administrator'), login('observator', 'Oskar Wennberg', 'JAMY', 'observer (reads everything)')],
  },
  {
    heading: 'Styrgrupp (chefssamordningsgrupp)',
    logins: [
      login('styrgrupp.fk', 'Johan Ekström', 'FK', 'chair'),
      login('styrgrupp.af', 'Birgitta Holm', 'AF', 'member'),
      login('styrgrupp.mv', 'Leila Haddad', 'MV', 'member'),
      login('styrgrupp.sos', 'Karin Sjöberg', 'SOS', 'member'),
    ],
  },
  {
    heading: 'Arbetsgrupp 1: Rutiner och metoder',
    logins: [
      login('samordnare.ag1', 'Maria Nyström', 'SOS', 'coordinator'),
      login('medlem.ag1.af', 'Erik Dahl', 'AF', 'member'),
      login('medlem.ag1.fk', 'Sara Öberg', 'FK', 'member'),
      login('medlem.ag1.mv', 'Ahmed Karimi', 'MV', 'member'),
    ],
  },
  {
    heading: 'Arbetsgrupp 2: Information',
    logins: [
      login('samordnare.ag2', 'Elin Forsberg', 'MV', 'coordinator'),
      login('medlem.ag2.af', 'Nils Berglund', 'AF', 'member'),
      login('medlem.ag2.fk', 'Hanna Lund', 'FK', 'member'),
      login('medlem.ag2.sos', 'Per Åkesson', 'SOS', 'member'),
    ],
  },
  {
    heading: 'Arbetsgrupp 3: Stöd till personal',
    logins: [
      login('samordnare.ag3', 'Lena Bergström', 'FK', 'coordinator'),
      login('medlem.ag3', 'Jonas Falk', 'AF', 'member'),
      login('medlem.ag3.mv', 'Fatima Noor', 'MV', 'member'),
      login('medlem.ag3.sos', 'Ingrid Vik', 'SOS', 'member'),
    ],
  },
  {
    heading: 'Agency representatives (each agency’s own goals and follow-up reports)',
    logins: [
      login('representant.af', 'Tomas Strand', 'AF', 'representative'),
      login('representant.fk', 'Anna Hedlund', 'FK', 'representative'),
      login('representant.mv', 'Yusuf Demir', 'MV', 'representative'),
      login('representant.sos', 'Cecilia Moberg', 'SOS', 'representative'),
    ],
  },
];

export const DEMO_LOGINS: readonly DemoLogin[] = DEMO_LOGIN_GROUPS.flatMap((group) => group.logins);
