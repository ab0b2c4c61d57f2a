import { TestApi, onlyError, snapshotTables, startTestApi } from '@samverkan/testing';

const OWNER = 'medlem.ag3@samverkan.example';

const LIST = `query ($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount unreadCount pageInfo { hasNextPage endCursor } nodes { id title body subjectType dueDate delivery readAt }
  }
}`;

interface Page {
  totalCount: number;
  unreadCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { id: string; title: string; readAt: string | null }[];
}

describe('notifications', () => {
  let api: TestApi;
  let token: string;
  let othersNotification: string;

  /** A notification as the worker writes one, `minutesAgo` old. */
  async function notify(email: string, title: string, minutesAgo: number): Promise<string> {
    const [{ id }] = await api.dataSource.query(
      `INSERT INTO notifications (recipient_id, title, body, subject_type, subject_id, due_date, source_key, delivery, created_at)
       SELECT id, $2, 'Due date: 2021-03-31.', 'ACTION_ITEM', gen_random_uuid(), '2021-03-31', gen_random_uuid()::text, 'EMAIL', now() - make_interval(mins => $3)
         FROM users WHERE email = $1
       RETURNING id`,
      [email, title, minutesAgo],
    );
    return id;
  }

  beforeAll(async () => {
    api = await startTestApi();
    token = await api.login(OWNER);
    await notify(OWNER, 'Oldest', 30);
    await notify(OWNER, 'Middle', 20);
    await notify(OWNER, 'Newest', 10);
    othersNotification = await notify('samordnare.ag3@samverkan.example', 'Not yours', 5);
  });
  afterAll(() => api.close());

  it("lists only the caller's notifications, newest first, a page at a time, with the unread count", async () => {
    const first = await api.gql<{ notifications: Page }>(LIST, { first: 2 }, token);
    expect(first.data!.notifications).toMatchObject({ totalCount: 3, unreadCount: 3, pageInfo: { hasNextPage: true } });
    expect(first.data!.notifications.nodes.map((n) => n.title)).toEqual(['Newest', 'Middle']);
    const second = await api.gql<{ notifications: Page }>(LIST, { first: 2, after: first.data!.notifications.pageInfo.endCursor }, token);
    expect(second.data!.notifications.nodes.map((n) => n.title)).toEqual(['Oldest']);
    expect(second.data!.notifications.pageInfo.hasNextPage).toBe(false);
  });

  it('marks one read, once, and filters to the unread', async () => {
    const { data } = await api.gql<{ notifications: Page }>(LIST, { first: 1 }, token);
    const newest = data!.notifications.nodes[0]!;
    const marked = await api.gql<{ markNotificationRead: { readAt: string } }>('mutation ($id: ID!) { markNotificationRead(id: $id) { readAt } }', { id: newest.id }, token);
    expect(marked.data!.markNotificationRead.readAt).not.toBeNull();
    const again = await api.gql<{ markNotificationRead: { readAt: string } }>('mutation ($id: ID!) { markNotificationRead(id: $id) { readAt } }', { id: newest.id }, token);
    expect(again.data!.markNotificationRead.readAt).toBe(marked.data!.markNotificationRead.readAt);

    const unread = await api.gql<{ notifications: Page }>(LIST, { unreadOnly: true }, token);
    expect(unread.data!.notifications).toMatchObject({ totalCount: 2, unreadCount: 2 });
    expect(unread.data!.notifications.nodes.map((n) => n.title)).toEqual(['Middle', 'Oldest']);
  });

  it("does not let anyone see or mark another person's notification", async () => {
    const before = await snapshotTables(api.dataSource);
    const error = onlyError(await api.gql('mutation ($id: ID!) { markNotificationRead(id: $id) { id } }', { id: othersNotification }, token));
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it.each([
    ['a page size of 0', LIST, { first: 0 }, 'first'],
    ['a page size over 100', LIST, { first: 101 }, 'first'],
    ['a made-up cursor', LIST, { after: 'bm90LWEtY3Vyc29y' }, 'after'],
    ['an id that is not one', 'mutation { markNotificationRead(id: "42") { id } }', {}, 'id'],
  ])('rejects %s as BAD_USER_INPUT', async (_what, query, variables, field) => {
    const before = await snapshotTables(api.dataSource);
    expect(onlyError(await api.gql(query, variables, token)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await snapshotTables(api.dataSource)).toEqual(before);
  });

  it('marks all read and says how many were unread', async () => {
    const { data } = await api.gql<{ markAllNotificationsRead: number }>('mutation { markAllNotificationsRead }', {}, token);
    expect(data!.markAllNotificationsRead).toBe(2);
    const after = await api.gql<{ notifications: Page }>(LIST, {}, token);
    expect(after.data!.notifications.unreadCount).toBe(0);
    const [{ unread }] = await api.dataSource.query(`SELECT count(*)::int AS unread FROM notifications WHERE id = $1 AND read_at IS NULL`, [othersNotification]);
    expect(unread).toBe(1);
  });

  it('keeps each person’s channel preference, e-mail at once by default', async () => {
    const observer = await api.login('observator@samverkan.example');
    expect((await api.gql<{ notificationPreference: string }>('{ notificationPreference }', {}, observer)).data!.notificationPreference).toBe('EMAIL_IMMEDIATE');
    const set = await api.gql<{ setNotificationPreference: string }>('mutation { setNotificationPreference(preference: IN_APP_ONLY) }', {}, observer);
    expect(set.data!.setNotificationPreference).toBe('IN_APP_ONLY');
    expect((await api.gql<{ notificationPreference: string }>('{ notificationPreference }', {}, observer)).data!.notificationPreference).toBe('IN_APP_ONLY');
    expect((await api.gql<{ notificationPreference: string }>('{ notificationPreference }', {}, token)).data!.notificationPreference).toBe('EMAIL_IMMEDIATE');
  });

  it('refuses a preference that does not exist, and callers who are not logged in', async () => {
    expect(onlyError(await api.gql('mutation { setNotificationPreference(preference: CARRIER_PIGEON) }', {}, token)).extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(onlyError(await api.gql(LIST, {})).extensions?.code).toBe('UNAUTHENTICATED');
    expect(onlyError(await api.gql('mutation { markAllNotificationsRead }', {})).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
