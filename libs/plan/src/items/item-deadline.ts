import { DeadlineInput, DeadlineKind } from '@samverkan/reminders';
import { ActionItem, isClosed } from './action-item.entity';

/** An item's due date, for the reminders: owned by its owner, escalated to its group; gone once the item is closed or has no due date. */
export function itemDeadline(item: ActionItem): DeadlineInput {
  return {
    kind: DeadlineKind.ACTION_ITEM,
    subjectId: item.id,
    planId: item.planId,
    groupId: item.groupId,
    title: item.title,
    dueDate: isClosed(item.status) ? null : item.dueDate,
    ownerIds: [item.ownerId],
  };
}
