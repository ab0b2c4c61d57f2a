import 'reflect-metadata';
import { readableText } from '../worker/smtp-sink';
import { ReminderHarness } from './support/reminder-harness';
import { settle, waitFor } from './support/wait-for';

/** A day in two seconds: an hour of simulated time is 83 ms of real time. */
const DAY_PER_TWO_SECONDS = 43_200;

describe('channels chosen by each person', () => {
  let harness: ReminderHarness;

  afterAll(async () => {
    await harness?.close();
  });

  it('gathers a digest person’s reminders into one e-mail a day, leaves in-app-only people in the app, and e-mails the steering group regardless', async () => {
    harness = await ReminderHarness.start('2021-11-01T09:00:00Z', DAY_PER_TWO_SECONDS);
    await harness.setPlanRule(
      'daysBefore: [1, 0], escalations: [{ daysOverdue: 1, audience: [OWNER, COORDINATOR] }, { daysOverdue: 2, audience: [OWNER, STEERING_GROUP] }]',
    );
    const { owner, coordinator, steering } = harness.plan;
    const chair = steering[1]!;
    for (const [person, preference] of [
      [owner, 'DAILY_DIGEST'],
      [coordinator, 'IN_APP_ONLY'],
      [chair, 'IN_APP_ONLY'],
    ] as const) {
      const response = await harness.api.gql(`mutation { setNotificationPreference(preference: ${preference}) }`, {}, await harness.api.login(person.email));
      expect(response.errors).toBeUndefined();
    }
    await harness.startWorker({ publicUrl: 'https://samverkan.example.se' });
    // Tuesday 2 November is the due date: reminders on 1, 2 and 3 November at 08:00, the steering group on the 4th.
    harness.time.jumpTo('2021-10-31T12:00:00Z');
    const first = await harness.newItem('Information material on support', '2021-11-02');
    const second = await harness.newItem('Referral routines', '2021-11-02');
    await harness.track(first, '2021-11-02');
    await harness.track(second, '2021-11-02');

    await harness.time.until('2021-11-04T16:00:00Z');
    await waitFor('all reminders', async () => (await harness.sentCount([first.id, second.id])) === 2 * (2 + 2 + 5));
    await waitFor('the digests', () => harness.smtp.received.filter((m) => m.messageId.startsWith('<digest.')).length === 4);
    await settle();

    const mailsTo = (email: string) => harness.smtp.received.filter((m) => m.to.includes(email));
    // The owner: one digest e-mail per day (1, 2, 3 and 4 November at 16:00), each with both items, and no e-mail per reminder.
    const digests = mailsTo(owner.email);
    expect(digests.map((m) => m.messageId.startsWith('<digest.'))).toEqual([true, true, true, true]);
    for (const digest of digests) {
      const text = readableText(digest);
      expect(text).toContain('Dina påminnelser från Samverkan:');
      expect(text).toContain('Åtgärden "Information material on support"');
      expect(text).toContain(`https://samverkan.example.se/atgarder/${first.id}`);
      expect(text).toContain('Åtgärden "Referral routines"');
      expect(text).toContain(`https://samverkan.example.se/atgarder/${second.id}`);
      expect(text).toContain('Alla dina aviseringar: https://samverkan.example.se/aviseringar');
    }
    // Each at 16:00 in Stockholm, give or take the few simulated hours a busy machine adds.
    const sent: { due_at: Date; sent_at: Date }[] = await harness.api.dataSource.query(
      `SELECT due_at, sent_at FROM notification_digests WHERE recipient_id = $1 ORDER BY due_at`,
      [owner.id],
    );
    expect(sent.map((d) => d.due_at.toISOString())).toEqual(['01', '02', '03', '04'].map((day) => `2021-11-${day}T15:00:00.000Z`));
    for (const digest of sent) expect(digest.sent_at.getTime() - digest.due_at.getTime()).toBeGreaterThanOrEqual(0);
    for (const digest of sent) expect(digest.sent_at.getTime() - digest.due_at.getTime()).toBeLessThan(6 * 3_600_000);
    // In the app only: the coordinator's escalations, and the chair's, whose preference yields to the steering group's e-mail rule.
    expect(mailsTo(coordinator.email)).toEqual([]);
    expect(mailsTo(chair.email).map((m) => m.messageId.startsWith('<reminder.'))).toEqual([true, true]);
    for (const member of steering) expect(mailsTo(member.email)).toHaveLength(2);

    const inbox = await harness.api.gql<{ notifications: { totalCount: number; nodes: { delivery: string }[] } }>(
      '{ notifications(first: 20) { totalCount nodes { delivery } } }',
      {},
      await harness.api.login(coordinator.email),
    );
    expect(inbox.data!.notifications.totalCount).toBe(2);
    expect(inbox.data!.notifications.nodes.map((n) => n.delivery)).toEqual(['IN_APP', 'IN_APP']);
  });
});
