import { useQuery } from '@apollo/client/react';
import { createContext, useContext } from 'react';
import { graphql } from '../gql';
import type { FrameQuery } from '../gql/graphql';

/** What every page of the frame knows: who is signed in, the plans, the unread count, the reports to review. One request. */
export const FRAME_QUERY = graphql(`
  query Frame {
    me {
      id
      displayName
      email
      language
      effectiveRoles
      agency {
        id
        code
        nameSv
        nameEn
      }
      memberships {
        id
        role
        groupId
        group {
          id
          name
          number
          kind
          planId
        }
      }
    }
    plans {
      id
      key
      title
      periodStart
      periodEnd
    }
    notifications(first: 1, unreadOnly: true) {
      totalCount
    }
    reviewInbox {
      version {
        id
      }
    }
  }
`);

export type Me = FrameQuery['me'];
export type PlanSummary = FrameQuery['plans'][number];

export interface Session {
  me: Me;
  plans: readonly PlanSummary[];
  unreadCount: number;
  /** Submitted reports waiting for the steering group's review (empty for everyone else). */
  reviewCount: number;
  /** The plan the header shows: from the address when a page names one, else the remembered choice. */
  plan: PlanSummary | undefined;
}

const SessionContext = createContext<Session | null>(null);
export const SessionProvider = SessionContext.Provider;

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the signed-in frame');
  return session;
}

export function useFrameQuery() {
  return useQuery(FRAME_QUERY, { fetchPolicy: 'cache-and-network' });
}

/** The person's role in a working group, if any (the API decides what it allows; this only chooses what to show). */
export function membershipIn(me: Me, groupId: string): Me['memberships'][number] | undefined {
  return me.memberships.find((membership) => membership.groupId === groupId);
}

export function coordinates(me: Me, groupId: string): boolean {
  return membershipIn(me, groupId)?.role === 'COORDINATOR';
}

/** Whether the person administers the service (the API refuses everyone else; this chooses what to show). */
export function administers(me: Me): boolean {
  return me.effectiveRoles.includes('ADMINISTRATOR');
}
