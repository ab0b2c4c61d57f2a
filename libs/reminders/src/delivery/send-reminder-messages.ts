import { JobName, OutboxMessageInput } from '@samverkan/queue';
import { ReminderClock } from '../reminder-clock';

/** Reminders per send-reminder message: those due at one moment are sent in one transaction, up to this many. */
export const REMINDERS_PER_MESSAGE = 500;

/**
 * The outbox messages that send reminders at their time: one per moment
 * (a wave of reminders at 08:00 is one transaction, not hundreds), at most
 * REMINDERS_PER_MESSAGE reminders each.
 */
export function sendReminderMessages(reminders: readonly { id: string; dueAt: Date }[], clock: ReminderClock): OutboxMessageInput<JobName.SEND_REMINDER>[] {
  const byTime = new Map<number, { id: string; dueAt: Date }[]>();
  for (const reminder of reminders) byTime.set(reminder.dueAt.getTime(), [...(byTime.get(reminder.dueAt.getTime()) ?? []), reminder]);
  return [...byTime.values()].flatMap((due) =>
    Array.from({ length: Math.ceil(due.length / REMINDERS_PER_MESSAGE) }, (_, chunk) => ({
      jobName: JobName.SEND_REMINDER,
      payload: { reminderIds: due.slice(chunk * REMINDERS_PER_MESSAGE, (chunk + 1) * REMINDERS_PER_MESSAGE).map((reminder) => reminder.id) },
      availableAt: clock.realTimeOf(due[0]!.dueAt),
    })),
  );
}
