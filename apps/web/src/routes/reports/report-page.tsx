import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { isNotFound } from '../../errors/api-errors';
import { graphql } from '../../gql';
import { formatDate } from '../../i18n/format';
import { NotFoundPage } from '../status-pages/not-found-page';
import { ReportEditor } from './report-editor';
import { ReportDocument, ReportStatusTag, reportName } from './report-parts';

const REPORT = graphql(`
  query ReportPage($reportId: ID!) {
    report(id: $reportId) {
      ...ReportNaming
      planId
      dueDate
      status
      language
      mayWrite
      latestVersion
      plan {
        ...ReportOutline
      }
      versions {
        id
        number
        status
        reviewComment
      }
      latest {
        id
        number
        status
        updatedAt
        registrationNumber
        sections {
          ...ReportSectionsFields
        }
        missingParts {
          field
          description
        }
      }
    }
  }
`);

/**
 * `/rapporter/:reportId`, the report as it stands: its authors write the
 * draft here; anyone else reads the draft. Once the latest version is
 * submitted the address leads to that version's page.
 */
export function Component() {
  const { reportId } = useParams();
  const { t, i18n } = useTranslation();
  // Always from the server: the editor starts from the draft as it is saved now, never from an older copy in the cache.
  const { data, error } = useQuery(REPORT, { variables: { reportId: reportId ?? '' }, skip: !reportId, fetchPolicy: 'network-only' });
  if (!reportId || isNotFound(error)) return <NotFoundPage />;
  if (error) return <LoadError error={error} />;
  if (!data) return <Loading />;
  const { report } = data;
  const { latest } = report;
  if (latest.status !== 'DRAFT') return <Navigate to={`/rapporter/${report.id}/versioner/${latest.number}`} replace />;
  const name = reportName(t, report, i18n.language);
  // While revising, the steering group's comment on the version returned stays in sight.
  const returned = report.versions.filter((version) => version.status === 'RETURNED').at(-1);
  const earlier = report.versions.filter((version) => version.number < latest.number);
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/rapporter?ar=${report.year}`}>{t('reports.backToYear', { year: report.year })}</Link>
      </p>
      <PageHeading title={name}>{name}</PageHeading>
      <dl className="summary-list">
        <dt>{t('reports.version.number')}</dt>
        <dd>
          {latest.number} <ReportStatusTag status={latest.status} />
        </dd>
        <dt>{t('reports.due')}</dt>
        <dd>{formatDate(report.dueDate)}</dd>
      </dl>
      {returned?.reviewComment && (
        <div className="notice">
          <p className="notice__title">{t('reports.version.returnedComment', { number: returned.number })}</p>
          <p className="preserve-lines">{returned.reviewComment}</p>
        </div>
      )}
      {earlier.length > 0 && (
        <p>
          {t('reports.earlierVersions')}{' '}
          {earlier.map((version, index) => (
            <span key={version.id}>
              {index > 0 && ', '}
              <Link to={`/rapporter/${report.id}/versioner/${version.number}`}>{t('reports.version.numbered', { number: version.number })}</Link>
            </span>
          ))}
        </p>
      )}
      {report.mayWrite ? (
        <ReportEditor key={latest.id} report={report} outline={report.plan} />
      ) : (
        <section aria-labelledby="utkast-rubrik" className="section">
          <h2 id="utkast-rubrik">{t('reports.draftOfOthers')}</h2>
          <ReportDocument sections={latest.sections} outline={report.plan} level={3} />
        </section>
      )}
    </>
  );
}
