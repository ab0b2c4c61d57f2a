import { administers, type Me } from './session';

export interface NavigationEntry {
  /** Message key of the link text. */
  label: string;
  labelValues?: Record<string, string>;
  to: string;
  /** Marks the entry current only on that exact path. */
  end?: boolean;
}

/**
 * The main menu: what the person's role can use in the chosen plan. Everyone
 * signed in reads the workspace; meetings are listed for the working groups
 * the person belongs to; administration is for administrators.
 */
export function navigationFor(me: Me, planId: string | undefined): NavigationEntry[] {
  const entries: NavigationEntry[] = [{ label: 'nav.myWork', to: '/', end: true }];
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
  entries.push({ label: 'nav.revisions', to: `/plan/${planId}/revisioner` });
  return [...entries, ...administration];
}
