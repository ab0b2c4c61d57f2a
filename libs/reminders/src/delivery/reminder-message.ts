import { DEADLINE_LABELS, DeadlineKind } from '../deadlines/deadline-kind';

/** What a reminder is about, as the sender reads it. */
export interface ReminderSubject {
  kind: DeadlineKind;
  title: string;
  dueDate: string;
  offsetDays: number;
  escalationLevel: number;
}

function when({ kind, offsetDays }: ReminderSubject): string {
  // A meeting takes place on its date; everything else is due then.
  const due = kind === DeadlineKind.MEETING ? '' : 'due ';
  if (offsetDays === 0) return `is ${due}today`;
  if (offsetDays === -1) return `is ${due}tomorrow`;
  if (offsetDays < 0) return `is ${due}in ${-offsetDays} days`;
  return `is ${offsetDays === 1 ? '1 day' : `${offsetDays} days`} overdue`;
}

/** The notification's title and text. */
export function describeReminder(subject: ReminderSubject): { title: string; body: string } {
  const title = `${DEADLINE_LABELS[subject.kind]} "${subject.title}" ${when(subject)}`;
  const date = `${subject.kind === DeadlineKind.MEETING ? 'Date' : 'Due date'}: ${subject.dueDate}.`;
  const escalation =
    subject.escalationLevel > 0
      ? ` The due date has passed and it is not done; as the plan's reminder rule says, this goes to the people who can act on it (escalation step ${subject.escalationLevel}).`
      : '';
  return { title, body: `${date}${escalation}` };
}

/** The e-mail of a reminder sent by e-mail. */
export function reminderEmailText(recipientName: string, message: { title: string; body: string }): string {
  return [
    `Hello ${recipientName},`,
    '',
    `${message.title}.`,
    message.body,
    '',
    'Log in to Samverkan to see it and bring it up to date.',
    '',
    'You receive reminders by e-mail as your notification settings say; escalations to the steering group always come by e-mail.',
  ].join('\n');
}
