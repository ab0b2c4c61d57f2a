/**
 * Paths of the web workspace's pages, as the workspace and the api agree on
 * them: the api hands them out (in "my work" and in e-mail links) and the
 * workspace serves them. Prefix them with the public address for a link.
 */
export const pagePaths = {
  myWork: (): string => '/',
  item: (itemId: string): string => `/atgarder/${itemId}`,
  meeting: (meetingId: string): string => `/moten/${meetingId}`,
  notifications: (): string => '/aviseringar',
  settings: (): string => '/installningar',
  /** Choosing a new password with a one-time link's secret. */
  newPassword: (token: string): string => `/nytt-losenord?token=${encodeURIComponent(token)}`,
  /** The action plan's item tree, filtered to one working group. */
  groupItems: (planId: string, groupId: string): string => `/plan/${planId}/handlingsplan?grupp=${groupId}`,
  planOverview: (planId: string, year?: number | null): string => `/plan/${planId}/oversikt${year ? `?ar=${year}` : ''}`,
  /** Pages of later parts of the workspace: reports, their review, and goals. */
  report: (reportId: string): string => `/rapporter/${reportId}`,
  reportReview: (reportId: string): string => `/granskning/${reportId}`,
  reportsOfYear: (year: string | number | null): string => (year ? `/rapporter?ar=${year}` : '/rapporter'),
  goal: (goalId: string): string => `/mal/${goalId}`,
} as const;

/** What a deadline, reminder or notification is about: a kind of subject and its id (and the year of a yearly one). */
export interface PageSubject {
  type: string;
  id: string;
  occurrence?: string | null;
}

/**
 * The page where the work on a subject is done. The types are the deadline
 * kinds (ACTION_ITEM, MEETING, ANNUAL_REPORT, REPORT_REVISION,
 * GOAL_FOLLOW_UP) and REPORT; anything else opens the notification list.
 */
export function pagePathOf({ type, id, occurrence }: PageSubject): string {
  switch (type) {
    case 'ACTION_ITEM':
      return pagePaths.item(id);
    case 'MEETING':
      return pagePaths.meeting(id);
    case 'REPORT':
    case 'REPORT_REVISION':
      return pagePaths.report(id);
    // The subject of an expected annual report is its author, a group or an agency; its year tells which report.
    case 'ANNUAL_REPORT':
      return pagePaths.reportsOfYear(occurrence ?? null);
    case 'GOAL_FOLLOW_UP':
      return pagePaths.goal(id);
    default:
      return pagePaths.notifications();
  }
}

/** A full link to a page: the public address without a trailing slash, then the path. */
export function pageLink(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${path}`;
}
