import { registerEnumType } from '@nestjs/graphql';

/** Every kind of deadline the workspace reminds people of. */
export enum DeadlineKind {
  ACTION_ITEM = 'ACTION_ITEM',
  ANNUAL_REPORT = 'ANNUAL_REPORT',
  GOAL_FOLLOW_UP = 'GOAL_FOLLOW_UP',
  MEETING = 'MEETING',
  /** A report the steering group returned, awaiting its revised version. */
  REPORT_REVISION = 'REPORT_REVISION',
}
registerEnumType(DeadlineKind, { name: 'DeadlineKind' });

/** How a deadline of each kind is named to people, in reminders and calendars. */
export const DEADLINE_LABELS: Readonly<Record<DeadlineKind, string>> = {
  [DeadlineKind.ACTION_ITEM]: 'Action item',
  [DeadlineKind.ANNUAL_REPORT]: 'Annual report',
  [DeadlineKind.GOAL_FOLLOW_UP]: 'Goal follow-up',
  [DeadlineKind.MEETING]: 'Meeting',
  [DeadlineKind.REPORT_REVISION]: 'Revision of a returned report',
};
