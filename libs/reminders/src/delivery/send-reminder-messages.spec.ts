import { ReminderClock } from '../reminder-clock';
import { REMINDERS_PER_MESSAGE, sendReminderMessages } from './send-reminder-messages';

describe('sendReminderMessages', () => {
  const clock = new ReminderClock();
  jest.spyOn(clock, 'realTimeOf').mockImplementation((at) => new Date(at.getTime() + 1));
  const at = (iso: string) => new Date(iso);

  it('writes one message per moment, due then, with every reminder of that moment', () => {
    const messages = sendReminderMessages(
      [
        { id: 'a', dueAt: at('2026-03-31T06:00:00Z') },
        { id: 'b', dueAt: at('2026-04-01T06:00:00Z') },
        { id: 'c', dueAt: at('2026-03-31T06:00:00Z') },
      ],
      clock,
    );
    expect(messages).toEqual([
      { jobName: 'send-reminder', payload: { reminderIds: ['a', 'c'] }, availableAt: at('2026-03-31T06:00:00.001Z') },
      { jobName: 'send-reminder', payload: { reminderIds: ['b'] }, availableAt: at('2026-04-01T06:00:00.001Z') },
    ]);
  });

  it('splits a large wave into messages of at most REMINDERS_PER_MESSAGE', () => {
    const wave = Array.from({ length: REMINDERS_PER_MESSAGE * 2 + 1 }, (_, n) => ({ id: `r${n}`, dueAt: at('2026-03-31T06:00:00Z') }));
    expect(sendReminderMessages(wave, clock).map((message) => message.payload.reminderIds.length)).toEqual([REMINDERS_PER_MESSAGE, REMINDERS_PER_MESSAGE, 1]);
  });

  it('writes nothing for no reminders', () => {
    expect(sendReminderMessages([], clock)).toEqual([]);
  });
});
