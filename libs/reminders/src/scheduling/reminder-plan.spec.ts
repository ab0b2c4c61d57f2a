import { NotificationDelivery, NotificationPreference } from '@samverkan/notifications';
import { DEFAULT_TIMINGS, EscalationAudience } from '../rules/reminder-timing';
import { DeadlineKind } from '../deadlines/deadline-kind';
import { channelFor, planReminders } from './reminder-plan';

const people = { owners: ['owner'], coordinators: ['coordinator'], steering: ['chair', 'member'] };

describe('planReminders', () => {
  it('reminds the owner 30, 14, 7 and 1 days before and on the day at 08:00 Stockholm, then escalates', () => {
    const planned = planReminders('2021-03-31', DEFAULT_TIMINGS[DeadlineKind.ACTION_ITEM], people);
    expect(planned.map((r) => [r.dueAt.toISOString(), r.recipientId, r.offsetDays, r.escalationLevel, r.emailRequired])).toEqual([
      ['2021-03-01T07:00:00.000Z', 'owner', -30, 0, false],
      ['2021-03-17T07:00:00.000Z', 'owner', -14, 0, false],
      ['2021-03-24T07:00:00.000Z', 'owner', -7, 0, false],
      // Summer time from 28 March: 08:00 is 06:00 UTC.
      ['2021-03-30T06:00:00.000Z', 'owner', -1, 0, false],
      ['2021-03-31T06:00:00.000Z', 'owner', 0, 0, false],
      ['2021-04-01T06:00:00.000Z', 'coordinator', 1, 1, false],
      ['2021-04-01T06:00:00.000Z', 'owner', 1, 1, false],
      ['2021-04-07T06:00:00.000Z', 'chair', 7, 2, true],
      ['2021-04-07T06:00:00.000Z', 'coordinator', 7, 2, false],
      ['2021-04-07T06:00:00.000Z', 'member', 7, 2, true],
      ['2021-04-07T06:00:00.000Z', 'owner', 7, 2, false],
    ]);
  });

  it('reminds a person reached several ways once per step, by e-mail when the steering group is told', () => {
    const planned = planReminders(
      '2021-06-10',
      { daysBefore: [0], escalations: [{ daysOverdue: 2, audience: [EscalationAudience.OWNER, EscalationAudience.STEERING_GROUP] }], sendHour: 9, sendMinute: 30, timeZone: 'UTC' },
      { owners: ['chair'], coordinators: [], steering: ['chair'] },
    );
    expect(planned.map((r) => [r.dueAt.toISOString(), r.offsetDays, r.emailRequired])).toEqual([
      ['2021-06-10T09:30:00.000Z', 0, false],
      ['2021-06-12T09:30:00.000Z', 2, true],
    ]);
  });

  it('plans nothing for a deadline nobody owns, and no escalation for meetings', () => {
    expect(planReminders('2021-06-10', DEFAULT_TIMINGS[DeadlineKind.ACTION_ITEM], { owners: [], coordinators: [], steering: [] })).toEqual([]);
    expect(planReminders('2021-06-10', DEFAULT_TIMINGS[DeadlineKind.MEETING], people).map((r) => r.offsetDays)).toEqual([-7, -1, 0]);
  });
});

describe('channelFor', () => {
  it('follows the preference unless e-mail is required', () => {
    expect(channelFor(NotificationPreference.IN_APP_ONLY, false)).toBe(NotificationDelivery.IN_APP);
    expect(channelFor(NotificationPreference.DAILY_DIGEST, false)).toBe(NotificationDelivery.DIGEST);
    expect(channelFor(NotificationPreference.EMAIL_IMMEDIATE, false)).toBe(NotificationDelivery.EMAIL);
    expect(channelFor(NotificationPreference.IN_APP_ONLY, true)).toBe(NotificationDelivery.EMAIL);
  });
});
