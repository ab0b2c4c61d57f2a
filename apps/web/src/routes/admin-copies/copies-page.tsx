import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AddressPager } from '../../components/address-pager';
import { useAdministrator } from '../../components/administrator-only';
import { ListActionOutcome, useListAction } from '../../components/list-action';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { SelectFilter } from '../../components/select-filter';
import { graphql } from '../../gql';
import type { AdminCopiesPageQuery, DeliveryStatus } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/format';
import '../../styles/pages.css';
import { NoAccessPage } from '../status-pages/no-access-page';
import { ScrollTable } from '../../components/scroll-table';

const COPIES = graphql(`
  query AdminCopiesPage($status: DeliveryStatus, $after: String) {
    reportDeliveries(status: $status, after: $after, first: 25) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        channel
        status
        attempts
        lastError
        nextAttemptAt
        sentAt
        serverReply
        recipient
        createdAt
        agency {
          id
          code
        }
        version {
          id
          number
          registrationNumber
          report {
            id
            kind
            year
            group {
              id
              name
            }
            agency {
              id
              code
            }
          }
        }
      }
    }
  }
`);

const RETRY = graphql(`
  mutation RetryReportDelivery($id: ID!) {
    retryReportDelivery(id: $id) {
      id
      status
      attempts
      nextAttemptAt
      lastError
    }
  }
`);

const STATUSES: readonly DeliveryStatus[] = ['DEAD', 'RETRYING', 'PENDING', 'IN_PROGRESS', 'SENT'];
/** A copy an administrator may send again: one given up on, or one waiting for its next attempt. */
const RETRYABLE: readonly DeliveryStatus[] = ['DEAD', 'RETRYING', 'PENDING'];
type Copy = AdminCopiesPageQuery['reportDeliveries']['nodes'][number];

/** `/administration/kopior[?status=][&efter=]`: the copies of submitted reports, where each stands, and "Försök igen". */
export function Component() {
  const { t } = useTranslation();
  const { administrator, refused } = useAdministrator();
  const [params] = useSearchParams();
  const chosen = params.get('status');
  const status = STATUSES.find((candidate) => candidate === chosen) ?? null;
  const { data, error, refetch } = useQuery(COPIES, {
    // Unset filters are not sent at all.
    variables: { status: status ?? undefined, after: params.get('efter') ?? undefined },
    skip: !administrator,
    fetchPolicy: 'cache-and-network',
  });
  const [retry] = useMutation(RETRY);
  const { said, failure, run } = useListAction(refetch);
  if (refused(error)) return <NoAccessPage whoMay={['ADMINISTRATOR']} />;
  const tryAgain = (copy: Copy) =>
    run(() => retry({ variables: { id: copy.id } }), t('adminOps.copies.retried', { agency: copy.agency.code, channel: t(`adminOps.channel.${copy.channel}`) }));
  return (
    <>
      <PageHeading title={t('adminOps.copies.title')}>{t('adminOps.copies.title')}</PageHeading>
      <p>{t('adminOps.copies.intro')}</p>
      <SelectFilter
        param="status"
        id="kopior-status"
        label={t('adminOps.copies.status')}
        anyLabel={t('adminOps.copies.allStatuses')}
        options={STATUSES.map((value) => ({ value, label: t(`adminOps.copies.statusName.${value}`) }))}
        showLabel={t('adminOps.common.show')}
      />
      <ListActionOutcome said={said} failure={failure} />
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          <p className="result-count">{t('adminOps.copies.count', { count: data.reportDeliveries.totalCount })}</p>
          {data.reportDeliveries.nodes.length > 0 && (
            <ScrollTable label={t('adminOps.copies.title')}>
              <table>
                <caption className="visually-hidden">{t('adminOps.copies.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('adminOps.copies.report')}</th>
                    <th scope="col">{t('adminOps.copies.receiver')}</th>
                    <th scope="col">{t('adminOps.copies.status')}</th>
                    <th scope="col">{t('adminOps.copies.attempts')}</th>
                    <th scope="col">{t('adminOps.copies.lastError')}</th>
                    <th scope="col">{t('adminOps.copies.nextAttempt')}</th>
                    <th scope="col">{t('adminOps.copies.action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.reportDeliveries.nodes.map((copy) => (
                    <tr key={copy.id}>
                      <td>
                        {t('adminOps.copies.reportName', {
                          year: copy.version.report.year,
                          author: copy.version.report.group?.name ?? copy.version.report.agency?.code ?? '',
                          number: copy.version.number,
                        })}
                        {copy.version.registrationNumber && <div className="hint-inline">{copy.version.registrationNumber}</div>}
                      </td>
                      <td>
                        {copy.agency.code}, {t(`adminOps.channel.${copy.channel}`)}
                        {copy.recipient && <div className="hint-inline">{copy.recipient}</div>}
                      </td>
                      <td>
                        <span className="tag">{t(`adminOps.copies.statusName.${copy.status}`)}</span>
                        {copy.sentAt && <div className="hint-inline">{t('adminOps.copies.sentAt', { time: formatDateTime(copy.sentAt) })}</div>}
                      </td>
                      <td>{copy.attempts}</td>
                      <td className="preserve-lines">{copy.lastError ?? '–'}</td>
                      <td className="nowrap">{copy.nextAttemptAt ? formatDateTime(copy.nextAttemptAt) : '–'}</td>
                      <td>
                        {RETRYABLE.includes(copy.status) && (
                          <button
                            type="button"
                            className="button button--secondary"
                            onClick={() => void tryAgain(copy)}
                            aria-label={t('adminOps.copies.retryLabel', { agency: copy.agency.code, channel: t(`adminOps.channel.${copy.channel}`), year: copy.version.report.year })}
                          >
                            {t('adminOps.copies.retry')}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          )}
          <AddressPager pageInfo={data.reportDeliveries.pageInfo} label={t('adminOps.copies.paging')} />
        </>
      )}
    </>
  );
}
