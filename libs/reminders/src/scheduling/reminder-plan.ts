import { NotificationDelivery, NotificationPreference } from '@samverkan/notifications';
import { EscalationAudience, ReminderTiming } from '../rules/reminder-timing';
import { addDays, zonedTimeToInstant } from '../time/local-time';

/** The people a deadline concerns, active accounts only. */
export interface DeadlinePeople {
  owners: readonly string[];
  /** Coordinators of the deadline's group. */
  coordinators: readonly string[];
  /** Members of the plan's steering group. */
  steering: readonly string[];
}

export interface PlannedReminder {
  recipientId: string;
  offsetDays: number;
  escalationLevel: number;
  dueAt: Date;
  emailRequired: boolean;
}

/**
 * Every reminder a deadline due on `dueDate` calls for under `timing`: the
 * owners before and on the day, then each escalation step's audience. A
 * person reached several ways at one step gets one reminder.
 */
export function planReminders(dueDate: string, timing: ReminderTiming, people: DeadlinePeople): PlannedReminder[] {
  const planned = new Map<string, PlannedReminder>();
  const add = (recipientId: string, offsetDays: number, escalationLevel: number, emailRequired: boolean): void => {
    const key = `${recipientId}|${offsetDays}`;
    const earlier = planned.get(key);
    if (earlier) {
      earlier.emailRequired ||= emailRequired;
      return;
    }
    const dueAt = zonedTimeToInstant(addDays(dueDate, offsetDays), timing.sendHour, timing.sendMinute, timing.timeZone);
    planned.set(key, { recipientId, offsetDays, escalationLevel, dueAt, emailRequired });
  };
  for (const days of timing.daysBefore) {
    // Not -days, which makes the day itself -0.
    for (const owner of people.owners) add(owner, 0 - days, 0, false);
  }
  const steps = [...timing.escalations].sort((a, b) => a.daysOverdue - b.daysOverdue);
  steps.forEach((step, index) => {
    const audience = new Set(step.audience);
    if (audience.has(EscalationAudience.OWNER)) for (const owner of people.owners) add(owner, step.daysOverdue, index + 1, false);
    if (audience.has(EscalationAudience.COORDINATOR)) for (const coordinator of people.coordinators) add(coordinator, step.daysOverdue, index + 1, false);
    if (audience.has(EscalationAudience.STEERING_GROUP)) for (const member of people.steering) add(member, step.daysOverdue, index + 1, true);
  });
  return [...planned.values()].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.recipientId.localeCompare(b.recipientId));
}

/** How each preference sends what need not be e-mailed. */
export const PREFERRED_CHANNEL: Readonly<Record<NotificationPreference, NotificationDelivery>> = {
  [NotificationPreference.EMAIL_IMMEDIATE]: NotificationDelivery.EMAIL,
  [NotificationPreference.DAILY_DIGEST]: NotificationDelivery.DIGEST,
  [NotificationPreference.IN_APP_ONLY]: NotificationDelivery.IN_APP,
};

/** The channel a reminder goes by: the recipient's preference, unless it must be e-mailed. */
export function channelFor(preference: NotificationPreference, emailRequired: boolean): NotificationDelivery {
  return emailRequired ? NotificationDelivery.EMAIL : PREFERRED_CHANNEL[preference];
}
