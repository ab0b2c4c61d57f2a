import { Language } from '@samverkan/common';
import { DEADLINE_LABELS, DeadlineKind } from '../deadlines/deadline-kind';

/** What a reminder is about, as the sender reads it. */
export interface ReminderSubject {
  kind: DeadlineKind;
  title: string;
  dueDate: string;
  offsetDays: number;
  escalationLevel: number;
}

/** How each kind of deadline is named at the start of a Swedish sentence. */
const DEADLINE_LABELS_SV: Readonly<Record<DeadlineKind, string>> = {
  [DeadlineKind.ACTION_ITEM]: 'Åtgärden',
  [DeadlineKind.ANNUAL_REPORT]: 'Årsrapporten',
  [DeadlineKind.GOAL_FOLLOW_UP]: 'Uppföljningen av målet',
  [DeadlineKind.MEETING]: 'Mötet',
  [DeadlineKind.REPORT_REVISION]: 'Kompletteringen av rapporten',
};

const days = (n: number, one: string, many: string): string => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** "is due in 3 days", "är 2 dagar försenad": a meeting takes place on its date, everything else is due then. */
function when({ kind, offsetDays }: ReminderSubject, language: Language): string {
  const meeting = kind === DeadlineKind.MEETING;
  if (language === Language.EN) {
    const due = meeting ? '' : 'due ';
    if (offsetDays === 0) return `is ${due}today`;
    if (offsetDays === -1) return `is ${due}tomorrow`;
    if (offsetDays < 0) return `is ${due}in ${-offsetDays} days`;
    return `is ${days(offsetDays, 'day', 'days')} overdue`;
  }
  const due = meeting ? 'är' : 'ska vara klar';
  if (offsetDays === 0) return `${due} i dag`;
  if (offsetDays === -1) return `${due} i morgon`;
  if (offsetDays < 0) return `${due} om ${-offsetDays} dagar`;
  return `är ${days(offsetDays, 'dag', 'dagar')} försenad`;
}

/** The notification's title and text, in the recipient's language. */
export function describeReminder(subject: ReminderSubject, language: Language): { title: string; body: string } {
  const meeting = subject.kind === DeadlineKind.MEETING;
  if (language === Language.EN) {
    const escalation =
      subject.escalationLevel > 0
        ? ` The due date has passed and it is not done; as the plan's reminder rule says, this goes to the people who can act on it (escalation step ${subject.escalationLevel}).`
        : '';
    return {
      title: `${DEADLINE_LABELS[subject.kind]} "${subject.title}" ${when(subject, language)}`,
      body: `${meeting ? 'Date' : 'Due date'}: ${subject.dueDate}.${escalation}`,
    };
  }
  const escalation =
    subject.escalationLevel > 0
      ? ` Sista dagen har passerat och det är inte klart. Enligt planens regel för påminnelser går påminnelsen nu också till dem som kan göra något åt det (steg ${subject.escalationLevel}).`
      : '';
  return {
    title: `${DEADLINE_LABELS_SV[subject.kind]} "${subject.title}" ${when(subject, language)}`,
    body: `${meeting ? 'Datum' : 'Sista dag'}: ${subject.dueDate}.${escalation}`,
  };
}

/** Where the e-mail sends the reader: the page where the work is done, and their settings. */
export interface ReminderLinks {
  page: string;
  settings: string;
}

/** The e-mail of a reminder sent by e-mail, in the recipient's language. */
export function reminderEmailText(recipientName: string, message: { title: string; body: string }, links: ReminderLinks, language: Language): string {
  if (language === Language.EN) {
    return [
      `Hello ${recipientName},`,
      '',
      `${message.title}.`,
      message.body,
      '',
      `Open it in Samverkan to see it and bring it up to date: ${links.page}`,
      '',
      `You receive reminders by e-mail as your notification settings say (${links.settings}); escalations to the steering group always come by e-mail.`,
    ].join('\n');
  }
  return [
    `Hej ${recipientName},`,
    '',
    `${message.title}.`,
    message.body,
    '',
    `Öppna den i Samverkan för att se den och uppdatera den: ${links.page}`,
    '',
    `Du får påminnelser med e-post enligt dina inställningar för aviseringar (${links.settings}). Påminnelser till styrgruppen när något är försenat kommer alltid med e-post.`,
  ].join('\n');
}
