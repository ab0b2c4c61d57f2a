import { registerEnumType } from '@nestjs/graphql';
import { DeadlineKind } from '../deadlines/deadline-kind';

/** Who an escalation step tells, besides whom earlier steps told. */
export enum EscalationAudience {
  /** The people who own the deadline. */
  OWNER = 'OWNER',
  /** The coordinator of the deadline's working group. */
  COORDINATOR = 'COORDINATOR',
  /** The plan's steering group; always by e-mail. */
  STEERING_GROUP = 'STEERING_GROUP',
}
registerEnumType(EscalationAudience, { name: 'EscalationAudience' });

export interface EscalationStep {
  daysOverdue: number;
  audience: EscalationAudience[];
}

/** When reminders of one kind of deadline go out. Days are calendar days in `timeZone`. */
export interface ReminderTiming {
  /** Days before the due date; 0 is the day itself. */
  daysBefore: number[];
  escalations: EscalationStep[];
  sendHour: number;
  sendMinute: number;
  /** IANA name, e.g. Europe/Stockholm. */
  timeZone: string;
}

export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

const STANDARD_TIMING: ReminderTiming = {
  daysBefore: [30, 14, 7, 1, 0],
  escalations: [
    { daysOverdue: 1, audience: [EscalationAudience.OWNER, EscalationAudience.COORDINATOR] },
    { daysOverdue: 7, audience: [EscalationAudience.OWNER, EscalationAudience.COORDINATOR, EscalationAudience.STEERING_GROUP] },
  ],
  sendHour: 8,
  sendMinute: 0,
  timeZone: DEFAULT_TIME_ZONE,
};

/** The timing of a kind no plan has a rule for. A meeting cannot be overdue, so it has no escalations. */
export const DEFAULT_TIMINGS: Readonly<Record<DeadlineKind, ReminderTiming>> = {
  [DeadlineKind.ACTION_ITEM]: STANDARD_TIMING,
  [DeadlineKind.ANNUAL_REPORT]: STANDARD_TIMING,
  [DeadlineKind.GOAL_FOLLOW_UP]: STANDARD_TIMING,
  [DeadlineKind.REPORT_REVISION]: STANDARD_TIMING,
  [DeadlineKind.MEETING]: { ...STANDARD_TIMING, daysBefore: [7, 1, 0], escalations: [] },
};
