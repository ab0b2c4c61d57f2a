import { MembershipRole } from '@samverkan/auth';
import { DeadlineInput, DeadlineKind } from '@samverkan/reminders';
import { EntityManager } from 'typeorm';
import { Meeting } from './meeting.entity';

/** A meeting's date, for the reminders: the attendees are reminded, or, when none are named yet, the group's members. */
export async function meetingDeadline(tx: EntityManager, meeting: Meeting, attendeeIds: readonly string[]): Promise<DeadlineInput> {
  const ownerIds =
    attendeeIds.length > 0
      ? attendeeIds
      : ((await tx.query(`SELECT user_id FROM memberships WHERE group_id = $1 AND role <> $2 ORDER BY user_id`, [meeting.groupId, MembershipRole.SUPPORT])) as { user_id: string }[]).map(
          (row) => row.user_id,
        );
  return { kind: DeadlineKind.MEETING, subjectId: meeting.id, planId: meeting.planId, groupId: meeting.groupId, title: meeting.title, dueDate: meeting.heldOn, ownerIds };
}
