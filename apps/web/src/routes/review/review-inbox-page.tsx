import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import { formatDateTime } from '../../i18n/format';
import { reportName } from '../reports/report-parts';
import { ScrollTable } from '../../components/scroll-table';

const REVIEW_INBOX = graphql(`
  query ReviewInbox {
    reviewInbox {
      path
      report {
        ...ReportNaming
        plan {
          id
          title
        }
      }
      version {
        id
        number
        submittedAt
        submittedBy {
          id
          displayName
        }
      }
    }
  }
`);

/** `/granskning`: the steering group's inbox, the submitted versions waiting for review in every plan, oldest first. */
export function Component() {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(REVIEW_INBOX, { fetchPolicy: 'cache-and-network' });
  const title = t('review.inbox.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="lead">{t('review.inbox.intro')}</p>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {data && data.reviewInbox.length === 0 && <p>{t('review.inbox.empty')}</p>}
      {data && data.reviewInbox.length > 0 && (
        <ScrollTable label={t('review.inbox.count', { count: data.reviewInbox.length })}>
          <table>
            <caption>{t('review.inbox.count', { count: data.reviewInbox.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('review.inbox.report')}</th>
                <th scope="col">{t('review.inbox.plan')}</th>
                <th scope="col">{t('review.inbox.version')}</th>
                <th scope="col">{t('review.inbox.submitted')}</th>
              </tr>
            </thead>
            <tbody>
              {data.reviewInbox.map((task) => (
                <tr key={task.version.id}>
                  <th scope="row">
                    <Link to={task.path}>{reportName(t, task.report, i18n.language)}</Link>
                  </th>
                  <td>{task.report.plan.title}</td>
                  <td>{task.version.number}</td>
                  <td>{t('review.inbox.submittedByAt', { name: task.version.submittedBy?.displayName ?? '', time: formatDateTime(task.version.submittedAt) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </>
  );
}
