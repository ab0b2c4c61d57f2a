import { INestApplicationContext } from '@nestjs/common';
import { NotificationPruner } from '@samverkan/notifications';
import { SessionPruner } from '@samverkan/organisation';
import { DeadlineRefresher } from '@samverkan/reminders';
import { TestApi, newUser, startTestApi, testConfig } from '@samverkan/testing';
import { createWorker } from '../../apps/worker/src/worker.app';
import { waitFor } from './support/wait-for';

interface DeadlineRow {
  id: string;
  occurrence: string;
  dueDate: string;
  ownerIds: string[];
}

/**
 * The worker's periodic upkeep: deadlines that follow from the plan exist
 * before anyone touches them, reminders follow people who join or leave,
 * and old read notifications go.
 */
describe('deadline refresh, notification and session pruning in the worker', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let adminToken: string;
  let planId: string;
  let group3: string;
  let agencyFk: string;
  let startupRuns: jest.SpyInstance[];
  let workerStartedAt: number;

  beforeAll(async () => {
    api = await startTestApi();
    adminToken = await api.login('admin@samverkan.example');
    [{ id: planId }] = await api.dataSource.query(`SELECT id FROM plans`);
    [{ id: group3 }] = await api.dataSource.query(`SELECT id FROM groups WHERE plan_id = $1 AND kind = 'WORKING' AND number = 3`, [planId]);
    [{ id: agencyFk }] = await api.dataSource.query(`SELECT id FROM agencies WHERE code = 'FK'`);
    // The seeded plan ended in 2021; a plan running into the future has reports still to come.
    await api.dataSource.query(`UPDATE plans SET period_end = '2035-12-31' WHERE id = $1`, [planId]);
    startupRuns = [jest.spyOn(DeadlineRefresher.prototype, 'refreshPlan'), jest.spyOn(NotificationPruner.prototype, 'prune'), jest.spyOn(SessionPruner.prototype, 'prune')];
    workerStartedAt = Date.now();
    worker = await createWorker(testConfig(api.db.url, api.redis.url, api.redis.prefix));
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  /** What the worker's refresh-deadlines job does for the plan. */
  const refresh = (): Promise<void> => api.dataSource.transaction((tx) => worker.get(DeadlineRefresher).refreshPlan(tx, planId));
  const annualReportOfGroup3 = async (year: number): Promise<DeadlineRow | undefined> =>
    (
      await api.dataSource.query(
        `SELECT id, occurrence, due_date::text AS "dueDate", owner_ids::text[] AS "ownerIds"
           FROM deadlines WHERE kind = 'ANNUAL_REPORT' AND subject_id = $1 AND occurrence = $2 AND closed_at IS NULL`,
        [group3, String(year)],
      )
    )[0];
  /** The days relative to the due date on which a person is to be reminded. */
  const scheduledFor = async (deadlineId: string, userId: string): Promise<number[]> =>
    (
      await api.dataSource.query(
        `SELECT offset_days FROM reminders WHERE deadline_id = $1 AND recipient_id = $2 AND state = 'SCHEDULED' ORDER BY offset_days`,
        [deadlineId, userId],
      )
    ).map((row: { offset_days: number }) => row.offset_days);
  // The default rule: 30, 14, 7 and 1 days before and on the day, then (coordinators are owners here) 1 and 7 days overdue.
  const DEFAULT_STEPS = [-30, -14, -7, -1, 0, 1, 7];
  const coordinatorsOfGroup3 = async (): Promise<string[]> =>
    (await api.dataSource.query(`SELECT user_id FROM memberships WHERE group_id = $1 AND role = 'COORDINATOR' ORDER BY user_id`, [group3])).map(
      (row: { user_id: string }) => row.user_id,
    );

  it('runs each periodic job once at start, and writes its next run a full interval later', async () => {
    await waitFor('the start-up pass', () => startupRuns.every((spy) => spy.mock.calls.length > 0));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    // One plan: one refresh of it, and one prune of each kind.
    expect(startupRuns.map((spy) => spy.mock.calls.length)).toEqual([1, 1, 1]);
    startupRuns.forEach((spy) => spy.mockRestore());

    const next: { periodicKey: string; availableAt: Date }[] = await api.dataSource.query(
      `SELECT periodic_key AS "periodicKey", available_at AS "availableAt" FROM outbox_messages
        WHERE periodic_key IS NOT NULL AND completed_at IS NULL ORDER BY periodic_key`,
    );
    expect(next.map((row) => row.periodicKey)).toEqual(['prune-notifications', 'prune-sessions', 'refresh-deadlines']);
    const everyMs: Record<string, number> = { 'refresh-deadlines': 3_600_000, 'prune-notifications': 86_400_000, 'prune-sessions': 86_400_000 };
    for (const row of next) expect(row.availableAt.getTime()).toBeGreaterThanOrEqual(workerStartedAt + everyMs[row.periodicKey]! - 1_000);
  });

  it("opens every group's and agency's annual reports when the worker starts, before anyone has opened a report", async () => {
    expect(await api.dataSource.query(`SELECT 1 FROM reports`)).toEqual([]);
    await waitFor('the start-up refresh', async () => (await annualReportOfGroup3(2035)) !== undefined);

    const [{ groups, agencies, years }] = await api.dataSource.query(
      `SELECT (SELECT count(*) FROM groups WHERE plan_id = $1 AND kind = 'WORKING')::int AS groups,
              (SELECT count(*) FROM plan_agencies WHERE plan_id = $1 AND role = 'MEMBER')::int AS agencies,
              (SELECT count(*) FROM generate_series(2019, 2035))::int AS years`,
      [planId],
    );
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM deadlines WHERE plan_id = $1 AND kind = 'ANNUAL_REPORT'`, [planId]);
    expect(count).toBe((groups + agencies) * years);

    const report2030 = (await annualReportOfGroup3(2030))!;
    expect(report2030.dueDate).toBe('2031-03-31');
    expect(report2030.ownerIds.sort()).toEqual(await coordinatorsOfGroup3());
    for (const coordinator of report2030.ownerIds) expect(await scheduledFor(report2030.id, coordinator)).toEqual(DEFAULT_STEPS);
  });

  it('reminds a coordinator who joins later, stops reminding one who leaves, and writes nothing when nothing changed', async () => {
    const report2030 = (await annualReportOfGroup3(2030))!;
    const newcomer = await newUser(api.dataSource, { agencyId: agencyFk });
    const added = await api.gql<{ addMembership: { id: string } }>(
      'mutation ($g: ID!, $u: ID!) { addMembership(input: { groupId: $g, userId: $u, role: COORDINATOR }) { id } }',
      { g: group3, u: newcomer.id },
      adminToken,
    );
    expect(added.errors).toBeUndefined();
    expect(await scheduledFor(report2030.id, newcomer.id)).toEqual([]);

    await refresh();
    expect((await annualReportOfGroup3(2030))!.ownerIds).toContain(newcomer.id);
    expect(await scheduledFor(report2030.id, newcomer.id)).toEqual(DEFAULT_STEPS);

    const removed = await api.gql('mutation ($id: ID!) { removeMembership(id: $id) { id } }', { id: added.data!.addMembership.id }, adminToken);
    expect(removed.errors).toBeUndefined();
    await refresh();
    expect(await scheduledFor(report2030.id, newcomer.id)).toEqual([]);
    const [{ cancelled }] = await api.dataSource.query(
      `SELECT count(*)::int AS cancelled FROM reminders WHERE deadline_id = $1 AND recipient_id = $2 AND state = 'CANCELLED'`,
      [report2030.id, newcomer.id],
    );
    expect(cancelled).toBe(DEFAULT_STEPS.length);

    const snapshot = `SELECT (SELECT count(*) FROM reminders)::int AS reminders, (SELECT max(updated_at) FROM deadlines) AS touched`;
    const [before] = await api.dataSource.query(snapshot);
    await refresh();
    expect((await api.dataSource.query(snapshot))[0]).toEqual(before);
  });

  it('deletes notifications read longer ago than the retention period, and keeps unread ones and those awaiting their digest', async () => {
    const [{ id: someone }] = await api.dataSource.query(`SELECT id FROM users WHERE email = 'styrgrupp.fk@samverkan.example'`);
    const add = (key: string, readDaysAgo: number | null, delivery = 'IN_APP', digested = true) =>
      api.dataSource.query(
        `INSERT INTO notifications (recipient_id, title, body, subject_type, subject_id, source_key, delivery, read_at, digested_at, created_at)
         VALUES ($1, $2, '', 'ACTION_ITEM', $1, $2, $3,
                 CASE WHEN $4::int IS NULL THEN NULL ELSE now() - make_interval(days => $4::int) END,
                 CASE WHEN $5 THEN now() END, now() - interval '400 days')`,
        [someone, key, delivery, readDaysAgo, digested],
      );
    await add('prune:read-long-ago', 200);
    await add('prune:read-lately', 10);
    await add('prune:unread', null);
    await add('prune:awaiting-digest', 200, 'DIGEST', false);

    expect(await worker.get(NotificationPruner).prune()).toBe(1);
    const left = await api.dataSource.query(`SELECT source_key FROM notifications WHERE source_key LIKE 'prune:%' ORDER BY source_key`);
    expect(left.map((row: { source_key: string }) => row.source_key)).toEqual(['prune:awaiting-digest', 'prune:read-lately', 'prune:unread']);
  });

  it('deletes sessions that ended, passed their absolute end or sat idle too long, and keeps those still in use', async () => {
    const [{ id: someone }] = await api.dataSource.query(`SELECT id FROM users WHERE email = 'styrgrupp.fk@samverkan.example'`);
    const add = (key: string, columns: { endedMinutesAgo?: number; expiresInMinutes: number; lastSeenMinutesAgo: number }) =>
      api.dataSource.query(
        `INSERT INTO sessions (user_id, secret_hash, expires_at, last_seen_at, ended_at)
         VALUES ($1, $2, now() + make_interval(mins => $3::int), now() - make_interval(mins => $4::int),
                 CASE WHEN $5::int IS NULL THEN NULL ELSE now() - make_interval(mins => $5::int) END)`,
        [someone, `prune:${key}`, columns.expiresInMinutes, columns.lastSeenMinutesAgo, columns.endedMinutesAgo ?? null],
      );
    const idleLimit = testConfig(api.db.url, api.redis.url, api.redis.prefix).sessionIdleMinutes;
    await add('in-use', { expiresInMinutes: 600, lastSeenMinutesAgo: 1 });
    await add('signed-out', { expiresInMinutes: 600, lastSeenMinutesAgo: 1, endedMinutesAgo: 1 });
    await add('past-its-end', { expiresInMinutes: -1, lastSeenMinutesAgo: 1 });
    await add('idle', { expiresInMinutes: 600, lastSeenMinutesAgo: idleLimit + 1 });
    await add('nearly-idle', { expiresInMinutes: 600, lastSeenMinutesAgo: idleLimit - 1 });

    expect(await worker.get(SessionPruner).prune()).toBe(3);
    const left = await api.dataSource.query(`SELECT secret_hash FROM sessions WHERE secret_hash LIKE 'prune:%' ORDER BY secret_hash`);
    expect(left.map((row: { secret_hash: string }) => row.secret_hash)).toEqual(['prune:in-use', 'prune:nearly-idle']);
  });
});
