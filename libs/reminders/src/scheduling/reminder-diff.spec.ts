import { ExistingReminder, PlannedForDeadline, diffReminders } from './reminder-diff';
import { ReminderState } from './reminder.entity';

const at = (iso: string): Date => new Date(iso);
const now = at('2021-03-20T12:00:00Z');

function wanted(offsetDays: number, dueAt: string, emailRequired = false, forDueDate = '2021-03-31'): PlannedForDeadline {
  return { deadlineId: 'd', recipientId: 'owner', offsetDays, forDueDate, escalationLevel: offsetDays > 0 ? 1 : 0, dueAt: at(dueAt), emailRequired };
}

function existing(id: string, offsetDays: number, dueAt: string, state: ExistingReminder['state'], forDueDate = '2021-03-31', emailRequired = false): ExistingReminder {
  return { id, deadlineId: 'd', recipientId: 'owner', offsetDays, forDueDate, dueAt: at(dueAt), state, emailRequired };
}

describe('diffReminders', () => {
  it('adds what is new and still ahead, keeps what is unchanged, cancels the rest', () => {
    const changes = diffReminders(
      [wanted(-14, '2021-03-17T07:00:00Z'), wanted(-7, '2021-03-24T07:00:00Z'), wanted(-1, '2021-03-30T06:00:00Z'), wanted(0, '2021-03-31T06:00:00Z')],
      [existing('kept', -7, '2021-03-24T07:00:00Z', ReminderState.SCHEDULED), existing('moved', -1, '2021-03-29T06:00:00Z', ReminderState.SCHEDULED, '2021-03-30')],
      now,
    );
    expect(changes.add.map((r) => r.offsetDays)).toEqual([-1, 0]);
    expect(changes.cancel).toEqual(['moved']);
  });

  it('replaces a scheduled reminder whose hour changed, but never sends a step of the same due date twice', () => {
    const changes = diffReminders(
      [wanted(-7, '2021-03-24T12:00:00Z'), wanted(-1, '2021-03-30T11:00:00Z')],
      [existing('sent', -7, '2021-03-24T07:00:00Z', ReminderState.SENT), existing('hour', -1, '2021-03-30T06:00:00Z', ReminderState.SCHEDULED)],
      now,
    );
    expect(changes.add.map((r) => r.offsetDays)).toEqual([-1]);
    expect(changes.cancel).toEqual(['hour']);
  });

  it('never adds again what was sent, and keeps a scheduled one that is overdue', () => {
    const changes = diffReminders(
      [wanted(-14, '2021-03-06T07:00:00Z'), wanted(-7, '2021-03-13T07:00:00Z')],
      [existing('sent', -14, '2021-03-06T07:00:00Z', ReminderState.SENT), existing('late', -7, '2021-03-13T07:00:00Z', ReminderState.SCHEDULED)],
      now,
    );
    expect(changes).toEqual({ add: [], cancel: [] });
  });

  it('replaces a scheduled reminder whose need for e-mail changed, even when it is overdue', () => {
    const changes = diffReminders([wanted(7, '2021-03-13T07:00:00Z', true)], [existing('old', 7, '2021-03-13T07:00:00Z', ReminderState.SCHEDULED, '2021-03-31', false)], now);
    expect(changes.cancel).toEqual(['old']);
    expect(changes.add).toEqual([wanted(7, '2021-03-13T07:00:00Z', true)]);
  });
});
