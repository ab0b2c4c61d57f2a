import type { RecordMeetingInput } from '../../gql/graphql';

/** One decision as the form holds it; a follow-up item only when asked for. */
export interface DecisionDraft {
  /** Stable React key across removals. */
  key: number;
  text: string;
  followUp: boolean;
  followUpTitle: string;
  ownerId: string;
  developmentAreaId: string;
  leadAgencyId: string;
  dueDate: string;
}

let nextKey = 0;

export function emptyDecision(): DecisionDraft {
  nextKey += 1;
  return { key: nextKey, text: '', followUp: false, followUpTitle: '', ownerId: '', developmentAreaId: '', leadAgencyId: '', dueDate: '' };
}

export interface MeetingDraft {
  groupId: string;
  title: string;
  heldOn: string;
  notes: string;
  attendeeIds: string[];
  decisions: DecisionDraft[];
}

/**
 * The API's input from the form: texts trimmed, a follow-up item in the
 * meeting's group (lead agency defaulting to the group's coordinating
 * agency), empty optional fields left out so the API's own rules decide.
 */
export function meetingInput(draft: MeetingDraft, defaults: { groupId: string; leadAgencyId: string }): RecordMeetingInput {
  return {
    groupId: draft.groupId,
    title: draft.title.trim(),
    heldOn: draft.heldOn,
    notes: draft.notes.trim(),
    attendeeIds: draft.attendeeIds,
    decisions: draft.decisions.map((decision) => ({
      text: decision.text.trim(),
      ...(decision.followUp
        ? {
            followUp: {
              title: decision.followUpTitle.trim(),
              groupId: defaults.groupId,
              ownerId: decision.ownerId,
              developmentAreaId: decision.developmentAreaId,
              leadAgencyId: decision.leadAgencyId || defaults.leadAgencyId,
              ...(decision.dueDate ? { dueDate: decision.dueDate } : {}),
            },
          }
        : {}),
    })),
  };
}
