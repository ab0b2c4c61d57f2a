import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FRAME_QUERY } from '../../app/session';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import { formatDate, formatDateTime } from '../../i18n/format';
import '../../styles/pages.css';

const NOTIFICATIONS = graphql(`
  query NotificationsPage($after: String) {
    notifications(first: 50, after: $after) {
      totalCount
      unreadCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        title
        body
        path
        dueDate
        createdAt
        readAt
      }
    }
  }
`);

const MARK_READ = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

const MARK_ALL_READ = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

/** `/aviseringar`: the person's notifications, newest first; marking read updates the count in the header. */
export function Component() {
  const { t } = useTranslation();
  const [after, setAfter] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(NOTIFICATIONS, { variables: after ? { after } : {}, fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MARK_READ, { refetchQueries: [FRAME_QUERY] });
  const [markAllRead, { loading: markingAll }] = useMutation(MARK_ALL_READ, { refetchQueries: [FRAME_QUERY] });
  const [said, setSaid] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const readAll = async () => {
    try {
      const result = await markAllRead();
      await refetch();
      setSaid(t('notifications.allMarked', { count: result.data?.markAllNotificationsRead ?? 0 }));
    } catch (caught) {
      setFailure(caught);
    }
  };
  const readOne = async (id: string) => {
    try {
      await markRead({ variables: { id } });
      await refetch();
      setSaid(t('notifications.marked'));
    } catch (caught) {
      setFailure(caught);
    }
  };

  const connection = data?.notifications;
  return (
    <>
      <PageHeading title={t('notifications.title')}>{t('notifications.title')}</PageHeading>
      <div role="status" className="status-line">
        {said}
      </div>
      {(error || failure) && <LoadError error={error ?? failure} />}
      {!connection && !error && <Loading />}
      {connection && (
        <>
          <p>{t('notifications.summary', { count: connection.totalCount, unread: connection.unreadCount })}</p>
          {connection.unreadCount > 0 && (
            <p>
              <button type="button" className="button button--secondary" onClick={() => void readAll()} disabled={markingAll}>
                {t('notifications.markAll')}
              </button>
            </p>
          )}
          {connection.nodes.length === 0 ? (
            <p>{t('notifications.empty')}</p>
          ) : (
            <ul className="notification-list">
              {connection.nodes.map((notification) => (
                <li key={notification.id} className={notification.readAt ? 'notification' : 'notification notification--unread'}>
                  <h2 className="notification__title">
                    <Link to={notification.path}>{notification.title}</Link>
                  </h2>
                  <p className="hint">
                    {notification.readAt ? t('notifications.read') : <strong>{t('notifications.unread')}</strong>} · {formatDateTime(notification.createdAt)}
                    {notification.dueDate && <> · {t('notifications.due', { date: formatDate(notification.dueDate) })}</>}
                  </p>
                  <p className="notification__body">{notification.body}</p>
                  {!notification.readAt && (
                    <button type="button" className="link-button" onClick={() => void readOne(notification.id)}>
                      {t('notifications.markRead')}
                      <span className="visually-hidden">: {notification.title}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {(after || connection.pageInfo.hasNextPage) && (
            <nav className="pagination" aria-label={t('notifications.pages')}>
              {after && (
                <button type="button" className="link-button" onClick={() => setAfter(null)}>
                  {t('common.firstPage')}
                </button>
              )}
              {connection.pageInfo.hasNextPage && (
                <button type="button" className="link-button" onClick={() => setAfter(connection.pageInfo.endCursor ?? null)}>
                  {t('common.next')}
                </button>
              )}
            </nav>
          )}
        </>
      )}
    </>
  );
}
