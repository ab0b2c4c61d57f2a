import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { StatusTag } from '../../components/status';
import { isNotFound } from '../../errors/api-errors';
import { graphql } from '../../gql';
import { formatDate, formatDateTime } from '../../i18n/format';
import '../../styles/pages.css';
import { NotFoundPage } from '../status-pages/not-found-page';

const MEETING = graphql(`
  query MeetingPage($meetingId: ID!) {
    meeting(id: $meetingId) {
      id
      title
      heldOn
      notes
      createdAt
      group {
        id
        name
      }
      recordedBy {
        id
        displayName
      }
      attendees {
        id
        displayName
        agency {
          id
          code
        }
      }
      decisions {
        id
        position
        text
        followUpItem {
          id
          title
          status
          dueDate
        }
      }
      discussedItems {
        id
        title
        status
      }
    }
  }
`);

/** `/moten/:meetingId`: what a meeting decided, who took part, and the follow-up items it created. */
export function Component() {
  const { meetingId } = useParams();
  const { t } = useTranslation();
  const { data, error } = useQuery(MEETING, { variables: { meetingId: meetingId ?? '' }, skip: !meetingId });
  if (!meetingId || isNotFound(error)) return <NotFoundPage />;
  if (error) return <LoadError error={error} />;
  if (!data) return <Loading />;
  const { meeting } = data;
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/grupper/${meeting.group.id}/moten`}>{t('meetings.backTo', { group: meeting.group.name })}</Link>
      </p>
      <PageHeading title={meeting.title}>{meeting.title}</PageHeading>
      <dl className="summary-list">
        <dt>{t('meetings.group')}</dt>
        <dd>{meeting.group.name}</dd>
        <dt>{t('meetings.heldOn')}</dt>
        <dd>{formatDate(meeting.heldOn)}</dd>
        <dt>{t('meetings.recordedBy')}</dt>
        <dd>{t('meetings.recordedByAt', { name: meeting.recordedBy.displayName, time: formatDateTime(meeting.createdAt) })}</dd>
        <dt>{t('meetings.attendees')}</dt>
        <dd>{meeting.attendees.length === 0 ? t('common.none') : meeting.attendees.map((person) => `${person.displayName} (${person.agency.code})`).join(', ')}</dd>
      </dl>

      <section aria-labelledby="anteckningar-rubrik" className="section">
        <h2 id="anteckningar-rubrik">{t('meetings.notes')}</h2>
        {meeting.notes ? <p className="preserve-lines">{meeting.notes}</p> : <p>{t('common.none')}</p>}
      </section>

      <section aria-labelledby="beslut-rubrik" className="section">
        <h2 id="beslut-rubrik">{t('meetings.decisions')}</h2>
        {meeting.decisions.length === 0 ? (
          <p>{t('meetings.noDecisions')}</p>
        ) : (
          <ol className="decision-list">
            {meeting.decisions.map((decision) => (
              <li key={decision.id}>
                <p>{decision.text}</p>
                {decision.followUpItem && (
                  <p className="hint">
                    {t('meetings.followUpCreated')} <Link to={`/atgarder/${decision.followUpItem.id}`}>{decision.followUpItem.title}</Link>{' '}
                    <StatusTag status={decision.followUpItem.status} />
                    {decision.followUpItem.dueDate && <> {t('meetings.dueOn', { date: formatDate(decision.followUpItem.dueDate) })}</>}
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      {meeting.discussedItems.length > 0 && (
        <section aria-labelledby="diskuterade-rubrik" className="section">
          <h2 id="diskuterade-rubrik">{t('meetings.discussed')}</h2>
          <ul className="list">
            {meeting.discussedItems.map((item) => (
              <li key={item.id}>
                <Link to={`/atgarder/${item.id}`}>{item.title}</Link> <StatusTag status={item.status} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
