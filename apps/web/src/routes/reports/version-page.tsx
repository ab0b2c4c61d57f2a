import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { isNotFound } from '../../errors/api-errors';
import { graphql } from '../../gql';
import type { DeliveryStatus, ReportVersionPageQuery } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/format';
import { NotFoundPage } from '../status-pages/not-found-page';
import { ReportDocument, ReportStatusTag, reportName } from './report-parts';
import { ScrollTable } from '../../components/scroll-table';

const REPORT_VERSION = graphql(`
  query ReportVersionPage($reportId: ID!) {
    report(id: $reportId) {
      ...ReportNaming
      mayWrite
      latestVersion
      plan {
        ...ReportOutline
      }
      versions {
        id
        number
        status
        updatedAt
        submittedAt
        submittedBy {
          id
          displayName
        }
        sha256
        registrationNumber
        reviewComment
        reviewedAt
        sections {
          ...ReportSectionsFields
        }
        deliveries {
          id
          channel
          status
          recipient
          attempts
          sentAt
          nextAttemptAt
          createdAt
          agency {
            id
            code
            nameSv
            nameEn
          }
        }
      }
    }
  }
`);

/** Starting the next version: an edit of a submitted report opens a new draft from it. */
const START_NEW_VERSION = graphql(`
  mutation StartNewReportVersion($input: EditReportInput!) {
    editReport(input: $input) {
      id
      number
    }
  }
`);

type Version = ReportVersionPageQuery['report']['versions'][number];

/** Copies still on their way: the page asks again until each is sent or has given up. */
const UNSETTLED: readonly DeliveryStatus[] = ['PENDING', 'IN_PROGRESS', 'RETRYING'];
const POLL_MS = 2000;

/**
 * `/rapporter/:reportId/versioner/:number`: one version as submitted, who
 * sent it and when, its SHA-256 and PDF, where its copies stand, and the
 * steering group's review.
 */
export function Component() {
  const { reportId, number } = useParams();
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const { data, error, startPolling, stopPolling } = useQuery(REPORT_VERSION, {
    variables: { reportId: reportId ?? '' },
    skip: !reportId,
    fetchPolicy: 'cache-and-network',
  });
  const version = data?.report.versions.find((candidate) => String(candidate.number) === number);
  const unsettled = version?.deliveries.some((delivery) => UNSETTLED.includes(delivery.status)) ?? false;
  useEffect(() => {
    if (!unsettled) return;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [unsettled, startPolling, stopPolling]);

  if (!reportId || isNotFound(error)) return <NotFoundPage />;
  if (error) return <LoadError error={error} />;
  if (!data) return <Loading />;
  const { report } = data;
  if (!version) return <NotFoundPage />;
  const name = reportName(t, report, i18n.language);
  const title = t('reports.version.title', { name, number: version.number });
  const justSubmitted = (location.state as { submitted?: boolean } | null)?.submitted === true;
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/rapporter?ar=${report.year}`}>{t('reports.backToYear', { year: report.year })}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {justSubmitted && (
        <div className="notice notice--success" role="status">
          <p>{t('reports.version.submittedNotice')}</p>
        </div>
      )}
      <dl className="summary-list">
        <dt>{t('reports.version.state')}</dt>
        <dd>
          <ReportStatusTag status={version.status} />
        </dd>
        <dt>{t('reports.version.number')}</dt>
        <dd>{version.number}</dd>
        {version.submittedAt && (
          <>
            <dt>{t('reports.version.submitted')}</dt>
            <dd>{t('reports.version.submittedByAt', { name: version.submittedBy?.displayName ?? '', time: formatDateTime(version.submittedAt) })}</dd>
          </>
        )}
        <dt>{t('reports.version.registrationNumber')}</dt>
        <dd>{version.registrationNumber ?? t('reports.version.noRegistrationNumber')}</dd>
        {version.sha256 && (
          <>
            <dt>{t('reports.version.sha256')}</dt>
            <dd>
              <code className="checksum" data-testid="sha256">
                {version.sha256}
              </code>
            </dd>
          </>
        )}
      </dl>
      {version.submittedAt && (
        <p className="downloads">
          <a href={`/exports/report-version.pdf?versionId=${version.id}`} download>
            {t('reports.version.pdf', { number: version.number })}
          </a>
        </p>
      )}

      <Review version={version} reportId={report.id} mayWrite={report.mayWrite} isLatest={version.number === report.latestVersion} />

      <section aria-labelledby="dokument-rubrik" className="section">
        <h2 id="dokument-rubrik">{t('reports.version.document')}</h2>
        <ReportDocument sections={version.sections} outline={report.plan} level={3} />
      </section>

      {version.submittedAt && <Deliveries version={version} />}

      <section aria-labelledby="versioner-rubrik" className="section">
        <h2 id="versioner-rubrik">{t('reports.version.all')}</h2>
        <ul className="list">
          {report.versions.map((other) => (
            <li key={other.id}>
              <Link to={other.status === 'DRAFT' ? `/rapporter/${report.id}` : `/rapporter/${report.id}/versioner/${other.number}`} aria-current={other.id === version.id ? 'page' : undefined}>
                {t('reports.version.numbered', { number: other.number })}
              </Link>{' '}
              <ReportStatusTag status={other.status} />
              {other.submittedAt && <> {formatDateTime(other.submittedAt)}</>}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** The steering group's decision; a returned latest version can be revised as a new version by its authors. */
function Review({ version, reportId, mayWrite, isLatest }: { version: Version; reportId: string; mayWrite: boolean; isLatest: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [startNewVersion, { loading }] = useMutation(START_NEW_VERSION);
  const [error, setError] = useState<unknown>(null);
  if (version.status !== 'RETURNED' && version.status !== 'ACKNOWLEDGED') return null;
  const start = async () => {
    try {
      setError(null);
      await startNewVersion({ variables: { input: { reportId, basedOn: version.updatedAt } } });
      await navigate(`/rapporter/${reportId}`);
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <section aria-labelledby="granskning-rubrik" className={version.status === 'RETURNED' ? 'notice' : 'section'}>
      <h2 id="granskning-rubrik">{t(`reports.version.review.${version.status}`, { time: formatDateTime(version.reviewedAt) })}</h2>
      {version.reviewComment && (
        <>
          <p className="notice__title">{t('reports.version.review.comment')}</p>
          <p className="preserve-lines">{version.reviewComment}</p>
        </>
      )}
      {version.status === 'RETURNED' && isLatest && mayWrite && (
        <>
          <button type="button" className="button" onClick={() => void start()} disabled={loading}>
            {t('reports.version.startNew')}
          </button>
          {error !== null && <LoadError error={error} />}
        </>
      )}
    </section>
  );
}

/** The copies to the Gender Equality Agency (and any other receiver): by e-mail or webhook, and where each stands. */
function Deliveries({ version }: { version: Version }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="kopior-rubrik" className="section">
      <h2 id="kopior-rubrik">{t('reports.version.copies.title')}</h2>
      {version.deliveries.length === 0 ? (
        <p>{t('reports.version.copies.none')}</p>
      ) : (
        <ScrollTable label={t('reports.version.copies.title')}>
          <table>
            <caption className="visually-hidden">{t('reports.version.copies.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.version.copies.to')}</th>
                <th scope="col">{t('reports.version.copies.channel')}</th>
                <th scope="col">{t('reports.version.copies.state')}</th>
                <th scope="col">{t('reports.version.copies.when')}</th>
              </tr>
            </thead>
            <tbody>
              {version.deliveries.map((delivery) => (
                <tr key={delivery.id}>
                  <th scope="row">
                    {i18n.language.startsWith('en') ? delivery.agency.nameEn : delivery.agency.nameSv}
                    {delivery.recipient && <span className="hint-inline break-anywhere"> {delivery.recipient}</span>}
                  </th>
                  <td>{t(`reports.version.copies.channels.${delivery.channel}`)}</td>
                  <td>
                    <span className={`tag tag--delivery-${delivery.status.toLowerCase().replace('_', '-')}`}>{t(`reports.version.copies.status.${delivery.status}`)}</span>
                  </td>
                  <td>
                    {delivery.sentAt
                      ? formatDateTime(delivery.sentAt)
                      : delivery.nextAttemptAt
                        ? t('reports.version.copies.nextAttempt', { time: formatDateTime(delivery.nextAttemptAt) })
                        : formatDateTime(delivery.createdAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}
