import { createHash } from 'node:crypto';
import { DeadlineInput, DeadlineKind, ReminderScheduler } from '@samverkan/reminders';
import { TestApi, onlyError, startTestApi } from '@samverkan/testing';
import { SeededPlan, seededPlan } from './support/reminder-harness';

describe('calendar feed', () => {
  let api: TestApi;
  let plan: SeededPlan;
  let token: string;
  let origin: string;

  const deadline = (subjectId: string, title: string, dueDate: string | null, ownerId: string): DeadlineInput => ({
    kind: DeadlineKind.ACTION_ITEM,
    subjectId,
    planId: plan.planId,
    groupId: plan.groupId,
    title,
    dueDate,
    ownerIds: [ownerId],
  });
  const sync = (...deadlines: DeadlineInput[]) => api.dataSource.transaction((tx) => api.app.get(ReminderScheduler).sync(tx, deadlines));
  const feedUrl = async (): Promise<string> => (await api.gql<{ calendarFeedUrl: string }>('{ calendarFeedUrl }', {}, token)).data!.calendarFeedUrl;
  const fetchFeed = (path: string) => fetch(`${origin}${path}`);

  const MINE = 'c0ffee00-0000-4000-8000-000000000001';
  const DONE = 'c0ffee00-0000-4000-8000-000000000002';
  const THEIRS = 'c0ffee00-0000-4000-8000-000000000003';

  beforeAll(async () => {
    api = await startTestApi();
    plan = await seededPlan(api);
    token = await api.login(plan.owner.email);
    origin = new URL(api.url).origin;
    await sync(
      deadline(MINE, 'Routines; detection, referral', '2031-03-31', plan.owner.id),
      deadline(DONE, 'Done already', '2031-04-30', plan.owner.id),
      deadline(THEIRS, 'Someone else’s', '2031-05-31', plan.steering[0]!.id),
    );
    await sync(deadline(DONE, 'Done already', null, plan.owner.id));
  });
  afterAll(() => api.close());

  it('gives each person one secret address, the same on every call', async () => {
    const url = await feedUrl();
    expect(url).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await feedUrl()).toBe(url);
    const other = (await api.gql<{ calendarFeedUrl: string }>('{ calendarFeedUrl }', {}, await api.login(plan.coordinator.email))).data!.calendarFeedUrl;
    expect(other).not.toBe(url);
    // Stored as its SHA-256 only.
    const secret = url.slice('/calendar/'.length, -'.ics'.length);
    const [feed] = await api.dataSource.query(`SELECT secret_hash FROM calendar_feeds WHERE user_id = $1`, [plan.owner.id]);
    expect(feed.secret_hash).toBe(createHash('sha256').update(secret).digest('hex'));
  });

  it("serves the person's open deadlines as all-day iCalendar events, without logging in", async () => {
    const response = await fetchFeed(await feedUrl());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = await response.text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    const [{ id }] = await api.dataSource.query(`SELECT id FROM deadlines WHERE subject_id = $1`, [MINE]);
    expect(ics).toContain(`UID:deadline-${id}@samverkan\r\n`);
    expect(ics).toContain('DTSTART;VALUE=DATE:20310331\r\nDTEND;VALUE=DATE:20310401\r\n');
    expect(ics).toContain('SUMMARY:Action item: Routines\\; detection\\, referral\r\n');
    expect(ics).not.toContain('Done already');
    expect(ics).not.toContain('Someone else');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it('keeps an event’s id when its date moves, so calendars move it', async () => {
    const before = await (await fetchFeed(await feedUrl())).text();
    await sync(deadline(MINE, 'Routines; detection, referral', '2031-04-15', plan.owner.id));
    const after = await (await fetchFeed(await feedUrl())).text();
    const uid = (ics: string) => /UID:(.+)\r\n/.exec(ics)![1];
    expect(uid(after)).toBe(uid(before));
    expect(after).toContain('DTSTART;VALUE=DATE:20310415\r\n');
  });

  it('retires the old address when the secret is rotated, and never audits the secret', async () => {
    const old = await feedUrl();
    const rotated = await api.gql<{ rotateCalendarFeedSecret: string }>('mutation { rotateCalendarFeedSecret }', {}, token);
    const fresh = rotated.data!.rotateCalendarFeedSecret;
    expect(fresh).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(fresh).not.toBe(old);
    expect(await feedUrl()).toBe(fresh);
    expect((await fetchFeed(old)).status).toBe(404);
    expect((await fetchFeed(fresh)).status).toBe(200);
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'calendarFeed.rotate' AND (after::text LIKE $1 OR before::text LIKE $1)`, [
      `%${fresh.slice(10, 53)}%`,
    ]);
    expect(n).toBe(0);
  });

  it('answers 404 for a made-up or malformed address', async () => {
    expect((await fetchFeed(`/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetchFeed('/calendar/short.ics')).status).toBe(404);
    expect((await fetchFeed('/calendar/no-extension')).status).toBe(404);
  });

  it('needs a login to get or rotate an address', async () => {
    expect(onlyError(await api.gql('{ calendarFeedUrl }', {})).extensions?.code).toBe('UNAUTHENTICATED');
    expect(onlyError(await api.gql('mutation { rotateCalendarFeedSecret }', {})).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('gives the full address, which calendar programs need, when PUBLIC_URL is set', async () => {
    const behindProxy = await startTestApi({ config: { publicUrl: 'https://samverkan.example.se' } });
    try {
      const adminToken = await behindProxy.login('admin@samverkan.example');
      const url = (await behindProxy.gql<{ calendarFeedUrl: string }>('{ calendarFeedUrl }', {}, adminToken)).data!.calendarFeedUrl;
      expect(url).toMatch(/^https:\/\/samverkan\.example\.se\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      // The same secret answers on the API's own origin, where the proxy forwards it.
      const served = await fetch(`${new URL(behindProxy.url).origin}${new URL(url).pathname}`);
      expect(served.status).toBe(200);
    } finally {
      await behindProxy.close();
    }
  });
});
