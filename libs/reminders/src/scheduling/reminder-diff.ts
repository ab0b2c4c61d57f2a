import { PlannedReminder } from './reminder-plan';
import { ReminderState } from './reminder.entity';

export interface PlannedForDeadline extends PlannedReminder {
  deadlineId: string;
  forDueDate: string;
}

/** A reminder already in the table that is not cancelled. */
export interface ExistingReminder {
  id: string;
  deadlineId: string;
  recipientId: string;
  offsetDays: number;
  forDueDate: string;
  dueAt: Date;
  state: ReminderState.SCHEDULED | ReminderState.SENT;
  emailRequired: boolean;
}

export interface ReminderChanges {
  add: PlannedForDeadline[];
  /** Ids of SCHEDULED reminders no longer wanted. */
  cancel: string[];
}

/** A person's step (say, 7 days before) of one due date of a deadline. */
const stepKey = (r: { deadlineId: string; recipientId: string; offsetDays: number; forDueDate: string }): string =>
  `${r.deadlineId}|${r.recipientId}|${r.offsetDays}|${r.forDueDate}`;

/**
 * What turns the reminders there are into the ones wanted now. A step
 * already sent is never added again, even at another hour; one still
 * scheduled and unchanged is kept, and replaced when its time or its need
 * for e-mail changed. A new one whose time has passed is not added, since a
 * reminder should not arrive late and out of turn (one that was already
 * scheduled stays, and its outbox message sends it).
 */
export function diffReminders(wanted: readonly PlannedForDeadline[], existing: readonly ExistingReminder[], now: Date): ReminderChanges {
  const sent = new Set(existing.filter((r) => r.state === ReminderState.SENT).map(stepKey));
  const scheduled = new Map(existing.filter((r) => r.state === ReminderState.SCHEDULED).map((r) => [stepKey(r), r]));
  const kept = new Set<string>();
  const add: PlannedForDeadline[] = [];
  for (const reminder of wanted) {
    const key = stepKey(reminder);
    if (sent.has(key)) continue;
    const current = scheduled.get(key);
    const unchanged = current && current.dueAt.getTime() === reminder.dueAt.getTime() && current.emailRequired === reminder.emailRequired;
    if (unchanged) kept.add(current.id);
    else if (current || reminder.dueAt >= now) add.push(reminder);
  }
  const cancel = [...scheduled.values()].filter((r) => !kept.has(r.id)).map((r) => r.id);
  return { add, cancel };
}
