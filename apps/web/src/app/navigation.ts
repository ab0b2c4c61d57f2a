import { administers, type Me } from './session';

export interface NavigationEntry {
  /** Message key of the link text. */
  label: string;
  labelValues?: Record<string, string>;
  to: string;
  /** Marks the entry current only on that exact path. */
  end?: boolean;
  /** A number shown beside the text, with this message key saying what it counts to assistive technology. */
  count?: number;
  countLabel?: string;
}

/**
 * The main menu: what the person's role can use in the chosen plan. Everyone
 * signed in reads the workspace; meetings are listed for the working groups
 * the person belongs to; the review inbox, with its count, to the steering
 * group; administration to administrators. Every agency's goals are readable
 * by everyone.
 */
export function navigationFor(me: Me, planId: string | undefined, reviewCount = 0): NavigationEntry[] {
  const entries: NavigationEntry[] = [{ label: 'nav.myWork', to: '/', end: true }];
  // The review inbox spans every plan; the steering group's members review.
  if (me.effectiveRoles.includes('STEERING_GROUP_MEMBER')) {
    entries.push({ label: 'reports.nav.review', to: '/granskning', count: reviewCount, countLabel: 'reports.nav.reviewWaiting' });
  }
  const administration: NavigationEntry[] = administers(me) ? [{ label: 'admin.title', to: '/administration' }] : [];
  if (!planId) return [...entries, ...administration];
  entries.push(
    { label: 'nav.overview', to: `/plan/${planId}/oversikt` },
    { label: 'nav.actionPlan', to: `/plan/${planId}/handlingsplan` },
    { label: 'nav.timeline', to: `/plan/${planId}/tidslinje` },
  );
  for (const membership of me.memberships) {
    if (membership.group.kind === 'WORKING' && membership.group.planId === planId) {
      entries.push({ label: 'nav.meetings', labelValues: { number: String(membership.group.number) }, to: `/grupper/${membership.groupId}/moten` });
    }
  }
  entries.push(
    { label: 'reports.nav.reports', to: '/rapporter' },
    { label: 'goals.nav', to: '/mal' },
    { label: 'nav.revisions', to: `/plan/${planId}/revisioner` },
  );
  return [...entries, ...administration];
}
