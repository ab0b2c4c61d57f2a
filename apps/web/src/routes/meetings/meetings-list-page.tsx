import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { membershipIn, useSession } from '../../app/session';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import { formatDate } from '../../i18n/format';
import '../../styles/pages.css';
import { NotFoundPage } from '../status-pages/not-found-page';
import { ScrollTable } from '../../components/scroll-table';

const MEETINGS = graphql(`
  query GroupMeetingsPage($groupId: ID!) {
    group(id: $groupId) {
      id
      name
      number
      kind
    }
    meetings(groupId: $groupId, first: 100) {
      totalCount
      nodes {
        id
        title
        heldOn
        attendees {
          id
        }
        decisions {
          id
          followUpItemId
        }
        recordedBy {
          id
          displayName
        }
      }
    }
  }
`);

/** `/grupper/:groupId/moten`: a group's meetings, newest first; its members may record one. */
export function Component() {
  const { groupId } = useParams();
  const { t } = useTranslation();
  const { me } = useSession();
  const { data, error } = useQuery(MEETINGS, { variables: { groupId: groupId ?? '' }, skip: !groupId, fetchPolicy: 'cache-and-network' });
  if (!groupId) return <NotFoundPage />;
  const title = data ? t('meetings.listTitle', { group: data.group.name }) : t('meetings.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          {membershipIn(me, groupId) && (
            <p>
              <Link to={`/grupper/${groupId}/moten/nytt`} className="button">
                {t('meetings.record')}
              </Link>
            </p>
          )}
          {data.meetings.nodes.length === 0 ? (
            <p>{t('meetings.empty')}</p>
          ) : (
            <ScrollTable label={title}>
              <table>
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('meetings.heldOn')}</th>
                    <th scope="col">{t('meetings.meetingTitle')}</th>
                    <th scope="col" className="numeric">
                      {t('meetings.attendeeCount')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('meetings.decisionCount')}
                    </th>
                    <th scope="col">{t('meetings.recordedBy')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.meetings.nodes.map((meeting) => (
                    <tr key={meeting.id}>
                      <td className="nowrap">{formatDate(meeting.heldOn)}</td>
                      <td>
                        <Link to={`/moten/${meeting.id}`}>{meeting.title}</Link>
                      </td>
                      <td className="numeric">{meeting.attendees.length}</td>
                      <td className="numeric">{meeting.decisions.length}</td>
                      <td>{meeting.recordedBy.displayName}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          )}
        </>
      )}
    </>
  );
}
