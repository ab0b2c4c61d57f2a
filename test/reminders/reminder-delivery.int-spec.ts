import 'reflect-metadata';
import { ReminderReconciler, zonedDateOf } from '@samverkan/reminders';
import { readableText } from '../worker/smtp-sink';
import { ReminderHarness, ReminderRow } from './support/reminder-harness';
import { settle, waitFor } from './support/wait-for';

const DAY_PER_SECOND = 86_400;
const DAY_PER_TWO_SECONDS = 43_200;
const HOUR_MS = 3_600_000;

/** Sent no earlier than due, and on the same morning: within six simulated hours (half a real second at a day in two seconds). */
function expectSentOnTime(reminder: ReminderRow): void {
  expect(reminder.state).toBe('SENT');
  const lateness = reminder.sentAt!.getTime() - reminder.dueAt.getTime();
  expect({ id: reminder.id, early: lateness < 0 }).toEqual({ id: reminder.id, early: false });
  expect(lateness).toBeLessThan(6 * HOUR_MS);
}

describe('reminders from scheduling to delivery', () => {
  let harness: ReminderHarness;

  afterEach(async () => {
    await harness?.close();
  });

  it('reminds the owner in the app and by e-mail at the right times, then escalates to the coordinator and the steering group', async () => {
    // Tuesday 23 March 2021, 12:00 in Stockholm; the item is due Wednesday 31 March, after the change to summer time.
    harness = await ReminderHarness.start('2021-03-23T11:00:00Z', DAY_PER_TWO_SECONDS);
    await harness.startWorker({ publicUrl: 'https://samverkan.example.se' });
    const { owner, coordinator, steering } = harness.plan;
    // Everyone reads Swedish but one steering member, who chose English.
    await harness.api.dataSource.query(`UPDATE users SET language = 'EN' WHERE id = $1`, [steering[1]!.id]);
    const item = await harness.newItem('Routines for asking about violence', '2021-03-31');
    // Setting up took simulated hours: start the clock again where the story starts.
    harness.time.jumpTo('2021-03-23T11:00:00Z');
    await harness.track(item, '2021-03-31');

    const planned = await harness.reminders(item.id);
    // 30 and 14 days before had passed when the item was planned, so they are not sent late.
    expect(planned.map((r) => [r.dueAt.toISOString(), r.offsetDays, r.escalationLevel, r.state])).toEqual([
      ['2021-03-24T07:00:00.000Z', -7, 0, 'SCHEDULED'],
      ['2021-03-30T06:00:00.000Z', -1, 0, 'SCHEDULED'],
      ['2021-03-31T06:00:00.000Z', 0, 0, 'SCHEDULED'],
      ...[owner.id, coordinator.id].sort().map(() => ['2021-04-01T06:00:00.000Z', 1, 1, 'SCHEDULED']),
      ...[owner, coordinator, ...steering].map(() => ['2021-04-07T06:00:00.000Z', 7, 2, 'SCHEDULED']),
    ]);
    expect(planned.filter((r) => r.offsetDays === 1).map((r) => r.recipientId).sort()).toEqual([owner.id, coordinator.id].sort());
    expect(planned.filter((r) => r.offsetDays === 7).map((r) => r.recipientId).sort()).toEqual([owner.id, coordinator.id, ...steering.map((p) => p.id)].sort());

    // Between the 7-days and the 1-day reminder: only the first has gone out.
    await harness.time.until('2021-03-27T12:00:00Z');
    let reminders = await harness.reminders(item.id);
    expect(reminders.map((r) => r.state)).toEqual(['SENT', ...Array(10).fill('SCHEDULED')]);
    expectSentOnTime(reminders[0]!);
    await waitFor('the first e-mail', () => harness.mailsFor(reminders[0]!.id) === 1);
    const token = await harness.api.login(owner.email);
    const inbox = await harness.api.gql<{ notifications: { unreadCount: number; nodes: { title: string; delivery: string; dueDate: string }[] } }>(
      '{ notifications(first: 10) { unreadCount nodes { title delivery dueDate } } }',
      {},
      token,
    );
    expect(inbox.data!.notifications).toEqual({
      unreadCount: 1,
      nodes: [{ title: 'Åtgärden "Routines for asking about violence" ska vara klar om 7 dagar', delivery: 'EMAIL', dueDate: '2021-03-31' }],
    });

    // A week after the due date everything has gone out, each once and on time.
    await harness.time.until('2021-04-07T09:00:00Z');
    await waitFor('every reminder to be sent', async () => (await harness.sentCount([item.id])) === 11);
    reminders = await harness.reminders(item.id);
    reminders.forEach(expectSentOnTime);
    await waitFor('every e-mail', () => reminders.every((r) => harness.mailsFor(r.id) === 1));
    await settle();
    expect(reminders.map((r) => harness.mailsFor(r.id))).toEqual(Array(11).fill(1));
    const mailTo = (r: ReminderRow) => harness.smtp.received.find((m) => m.messageId === `<reminder.${r.id}@samverkan>`)!.to;
    expect(reminders.filter((r) => r.offsetDays === 1).flatMap(mailTo).sort()).toEqual([owner.email, coordinator.email].sort());
    expect(reminders.filter((r) => r.offsetDays === 7).flatMap(mailTo).sort()).toEqual([owner.email, coordinator.email, ...steering.map((p) => p.email)].sort());
    // The worker also reminds of the plan's own deadlines (annual reports and the like): pick this item's escalation.
    const escalationReminder = reminders.find((r) => r.offsetDays === 7 && r.recipientId === steering[0]!.id)!;
    const escalation = harness.smtp.received.find((m) => m.messageId === `<reminder.${escalationReminder.id}@samverkan>`)!;
    const text = readableText(escalation);
    expect(text).toContain('Hej Birgitta Holm,');
    expect(text).toContain('Åtgärden "Routines for asking about violence" är 7 dagar försenad.');
    expect(text).toContain(`Öppna den i Samverkan för att se den och uppdatera den: https://samverkan.example.se/atgarder/${item.id}`);
    const inEnglish = reminders.find((r) => r.offsetDays === 7 && r.recipientId === steering[1]!.id)!;
    const english = readableText(harness.smtp.received.find((m) => m.messageId === `<reminder.${inEnglish.id}@samverkan>`)!);
    expect(english).toContain('Action item "Routines for asking about violence" is 7 days overdue.');
    expect(english).toContain(`Open it in Samverkan to see it and bring it up to date: https://samverkan.example.se/atgarder/${item.id}`);

    const ownerInbox = await harness.api.gql<{ notifications: { totalCount: number; nodes: { title: string }[] } }>(
      '{ notifications(first: 100) { totalCount nodes { title } } }',
      {},
      token,
    );
    const aboutTheItem = ownerInbox.data!.notifications.nodes.filter((n) => n.title.startsWith('Åtgärden "Routines for asking about violence" '));
    expect(aboutTheItem.map((n) => n.title.replace('Åtgärden "Routines for asking about violence" ', ''))).toEqual([
      'är 7 dagar försenad',
      'är 1 dag försenad',
      'ska vara klar i dag',
      'ska vara klar i morgon',
      'ska vara klar om 7 dagar',
    ]);
  }, 120_000);

  it('cancels the old reminders when the due date moves and schedules new ones; once the item is done nothing more is sent', async () => {
    harness = await ReminderHarness.start('2021-05-03T10:00:00Z', DAY_PER_SECOND);
    await harness.startWorker();
    const item = await harness.newItem('Supervision for case officers', '2021-05-20');
    harness.time.jumpTo('2021-05-03T10:00:00Z');
    await harness.track(item, '2021-05-20');
    await harness.time.until('2021-05-07T12:00:00Z');
    await waitFor('the 14-days reminder', async () => (await harness.sentCount([item.id])) === 1);
    const before = await harness.reminders(item.id);
    const sentFirst = before.find((r) => r.state === 'SENT')!;
    expect(sentFirst.offsetDays).toBe(-14);

    await harness.track(item, '2021-06-10');

    const moved = await harness.reminders(item.id);
    const oldPending = before.filter((r) => r.state === 'SCHEDULED');
    expect(moved.filter((r) => oldPending.some((old) => old.id === r.id)).map((r) => r.state)).toEqual(oldPending.map(() => 'CANCELLED'));
    expect(moved.find((r) => r.id === sentFirst.id)!.state).toBe('SENT');
    const scheduled = moved.filter((r) => r.state === 'SCHEDULED');
    expect(scheduled.filter((r) => r.escalationLevel === 0).map((r) => [r.offsetDays, r.dueAt.toISOString()])).toEqual([
      [-30, '2021-05-11T06:00:00.000Z'],
      [-14, '2021-05-27T06:00:00.000Z'],
      [-7, '2021-06-03T06:00:00.000Z'],
      [-1, '2021-06-09T06:00:00.000Z'],
      [0, '2021-06-10T06:00:00.000Z'],
    ]);
    const queue = harness.reminderQueue();
    await waitFor('the jobs of the cancelled reminders to leave Redis', async () =>
      (await Promise.all(oldPending.map((r) => queue.getJob(r.id)))).every((job) => job === undefined),
    );
    expect((await Promise.all(scheduled.map((r) => queue.getJob(r.id)))).every((job) => job !== undefined)).toBe(true);

    // Past the old 7-days reminder (13 May) and the new 30-days one (11 May).
    await harness.time.until('2021-05-14T12:00:00Z');
    await waitFor('the new 30-days reminder', async () => (await harness.sentCount([item.id])) === 2);
    const sent = (await harness.reminders(item.id)).filter((r) => r.state === 'SENT');
    expect(sent.map((r) => r.offsetDays)).toEqual([-14, -30]);

    await harness.track(item, null);

    const done = await harness.reminders(item.id);
    expect(done.filter((r) => r.state === 'SCHEDULED')).toEqual([]);
    const [deadline] = await harness.api.dataSource.query(`SELECT closed_at FROM deadlines WHERE subject_id = $1`, [item.id]);
    expect(deadline.closed_at).not.toBeNull();
    // Long after the old and new due dates, and after the reconciler has looked: still only the two.
    harness.time.jumpTo('2021-07-01T12:00:00Z');
    await harness.workers[0]!.get(ReminderReconciler).run();
    await settle();
    expect(await harness.sentCount([item.id])).toBe(2);
    expect(done.map((r) => harness.mailsFor(r.id)).reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('still sends every reminder exactly once after Redis lost everything', async () => {
    harness = await ReminderHarness.start('2021-09-01T10:00:00Z', DAY_PER_TWO_SECONDS);
    await harness.setPlanRule('daysBefore: [2, 0], escalations: [{ daysOverdue: 1, audience: [OWNER, COORDINATOR] }]');
    await harness.startWorker();
    const items = await Promise.all(
      ['2021-09-02', '2021-09-03', '2021-09-05', '2021-09-06'].map((due, index) => harness.newItem(`Item ${index + 1}`, due)),
    );
    harness.time.jumpTo('2021-09-01T10:00:00Z');
    for (const item of items) await harness.track(item, item.dueDate);
    const pending = (await Promise.all(items.map((item) => harness.reminders(item.id)))).flat();
    expect(pending).toHaveLength(14);
    const queue = harness.reminderQueue();
    expect((await Promise.all(pending.map((r) => queue.getJob(r.id)))).filter((job) => job !== undefined)).toHaveLength(14);

    await harness.stopWorkers();
    await harness.api.redis.flush();
    expect(await queue.getJob(pending[0]!.id)).toBeUndefined();
    // Time moves on while Redis is empty: five reminders fall due with no job to send them.
    harness.time.jumpTo('2021-09-03T12:00:00Z');
    const overdue = pending.filter((r) => r.dueAt <= harness.time.now());
    expect(overdue).toHaveLength(5);

    await harness.startWorker();
    await waitFor('the overdue reminders, sent by the reconciler at start', async () => (await harness.sentCount(items.map((i) => i.id))) >= 5);
    await harness.time.until('2021-09-07T08:00:00Z');
    await waitFor('every reminder', async () => (await harness.sentCount(items.map((i) => i.id))) === 14);
    await harness.workers[0]!.get(ReminderReconciler).run();
    await harness.stopWorkers();
    await harness.startWorker();
    await settle(1_000);

    const sent = (await Promise.all(items.map((item) => harness.reminders(item.id)))).flat();
    expect(sent.map((r) => r.state)).toEqual(Array(14).fill('SENT'));
    for (const reminder of sent) expect(reminder.sentAt!.getTime()).toBeGreaterThanOrEqual(reminder.dueAt.getTime());
    await waitFor('every e-mail', () => sent.every((r) => harness.mailsFor(r.id) >= 1));
    await settle();
    expect(sent.map((r) => harness.mailsFor(r.id))).toEqual(Array(14).fill(1));
    const [{ n }] = await harness.api.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE source_key = ANY($1::text[])`, [
      sent.map((r) => `reminder:${r.id}`),
    ]);
    expect(n).toBe(14);
  });

  it('sends every reminder exactly once with two workers on the same database and Redis', async () => {
    harness = await ReminderHarness.start('2021-10-04T10:00:00Z', DAY_PER_TWO_SECONDS);
    await harness.setPlanRule('daysBefore: [1, 0], escalations: []');
    await Promise.all([harness.startWorker(), harness.startWorker()]);
    const owners: string[] = (await harness.api.dataSource.query(`SELECT id FROM users ORDER BY email`)).map((u: { id: string }) => u.id);
    const items = await Promise.all(Array.from({ length: 30 }, (_, index) => harness.newItem(`Item ${index + 1}`, '2021-10-06', owners[index % owners.length])));
    // The day before the due date, noon: setting up took simulated hours.
    harness.time.jumpTo('2021-10-04T10:00:00Z');
    await harness.api.dataSource.transaction((tx) =>
      Promise.all(items.map((item) => harness.trackIn(tx, item, item.dueDate))).then(() => undefined),
    );
    const ids = items.map((item) => item.id);
    expect((await Promise.all(items.map((item) => harness.reminders(item.id)))).flat()).toHaveLength(60);

    // Both workers' reconcilers race at the moment the first wave falls due; the lock lets one through.
    await harness.time.until('2021-10-05T06:00:00Z');
    const passes = await Promise.all(harness.workers.map((worker) => worker.get(ReminderReconciler).run()));
    expect(passes.filter((pass) => pass !== null).length).toBeGreaterThanOrEqual(1);
    await harness.time.until('2021-10-06T08:00:00Z');
    await waitFor('all 60 reminders', async () => (await harness.sentCount(ids)) === 60);
    await settle();

    const sent = (await Promise.all(items.map((item) => harness.reminders(item.id)))).flat();
    await waitFor('every e-mail', () => sent.every((r) => harness.mailsFor(r.id) >= 1));
    await settle();
    expect(sent.filter((r) => harness.mailsFor(r.id) !== 1)).toEqual([]);
    const [{ n }] = await harness.api.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE source_key = ANY($1::text[])`,
      [sent.map((r) => `reminder:${r.id}`)],
    );
    expect(n).toBe(60);
  });

  it('sends at 08:00 local time when the clocks change between scheduling and sending', async () => {
    const stockholmTime = (at: Date): string =>
      new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' }).format(at);
    // Saturday 28 March 2026, 20:00 CET; the clocks go forward to summer time at 02:00 on Sunday.
    // Two hours a second: the 08:00 check allows half a real second.
    harness = await ReminderHarness.start('2026-03-28T19:00:00Z', 2 * 3_600);
    await harness.startWorker();
    const spring = await harness.newItem('Spring item', '2026-03-29');
    harness.time.jumpTo('2026-03-28T19:00:00Z');
    await harness.track(spring, '2026-03-29');
    await harness.time.until('2026-03-29T07:30:00Z');
    await waitFor('the reminder on the day', async () => (await harness.sentCount([spring.id])) === 1);
    const [onTheDay] = (await harness.reminders(spring.id)).filter((r) => r.state === 'SENT');
    expect(onTheDay!.dueAt.toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(zonedDateOf(onTheDay!.sentAt!, 'Europe/Stockholm')).toBe('2026-03-29');
    expect(stockholmTime(onTheDay!.sentAt!)).toMatch(/^08:/);
    await harness.track(spring, null);

    // Saturday 24 October 2026, 20:00 CEST; the clocks go back to winter time at 03:00 on Sunday.
    harness.time.jumpTo('2026-10-24T18:00:00Z');
    const autumn = await harness.newItem('Autumn item', '2026-10-25');
    await harness.track(autumn, '2026-10-25');
    await harness.time.until('2026-10-25T08:30:00Z');
    await waitFor('the reminder on the day', async () => (await harness.sentCount([autumn.id])) === 1);
    const [autumnDay] = (await harness.reminders(autumn.id)).filter((r) => r.state === 'SENT');
    expect(autumnDay!.dueAt.toISOString()).toBe('2026-10-25T07:00:00.000Z');
    expect(stockholmTime(autumnDay!.sentAt!)).toMatch(/^08:/);
  });
});
