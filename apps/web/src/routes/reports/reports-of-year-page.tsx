import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { useSession } from '../../app/session';
import { graphql } from '../../gql';
import type { ReportsOfYearQuery } from '../../gql/graphql';
import { formatDate } from '../../i18n/format';
import { ReportStatusTag, reportName } from './report-parts';
import { ScrollTable } from '../../components/scroll-table';

const REPORTS_OF_YEAR = graphql(`
  query ReportsOfYear($planId: ID!, $year: Int!) {
    plan(id: $planId) {
      id
      title
      periodStart
      periodEnd
    }
    expectedReports(planId: $planId, year: $year) {
      kind
      year
      dueDate
      late
      status
      reportId
      mayWrite
      submittedAt
      group {
        id
        number
        name
      }
      agency {
        id
        code
        nameSv
        nameEn
      }
    }
  }
`);

const CREATE_REPORT = graphql(`
  mutation CreateReport($input: CreateReportInput!) {
    createReport(input: $input) {
      id
    }
  }
`);

type Expected = ReportsOfYearQuery['expectedReports'][number];

const yearOf = (date: string): number => Number(date.slice(0, 4));

/** The year asked for in `ar`, else the year before this one (the one reported on in spring), kept within the plan. */
function chosenYear(asked: string | null, first: number, last: number): number {
  const year = asked && /^\d{4}$/.test(asked) ? Number(asked) : new Date().getFullYear() - 1;
  return Math.min(Math.max(year, first), last);
}

/** `/rapporter?ar=YYYY`: every report the chosen plan expects for a year, its state and due date; the person's own to start or open. */
export function Component() {
  const { plan } = useSession();
  if (!plan) return <NoPlan />;
  return <ReportsOfYear planId={plan.id} first={yearOf(plan.periodStart)} last={yearOf(plan.periodEnd)} key={plan.id} />;
}

function NoPlan() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('reports.year.titleNoYear')}>{t('reports.year.titleNoYear')}</PageHeading>
      <p>{t('reports.year.noPlan')}</p>
    </>
  );
}

function ReportsOfYear({ planId, first, last }: { planId: string; first: number; last: number }) {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const year = chosenYear(params.get('ar'), first, last);
  const { data, error } = useQuery(REPORTS_OF_YEAR, { variables: { planId, year }, fetchPolicy: 'cache-and-network' });
  const title = t('reports.year.title', { year });
  const years = Array.from({ length: last - first + 1 }, (_, index) => first + index);
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <nav aria-label={t('reports.year.years')} className="view-switch">
        <ul className="plain-list year-list">
          {years.map((candidate) => (
            <li key={candidate}>
              <Link to={`/rapporter?ar=${candidate}`} aria-current={candidate === year ? 'page' : undefined}>
                {candidate}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          <p className="lead">{t('reports.year.intro', { plan: data.plan.title, year })}</p>
          <ScrollTable label={title}>
            <table>
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reports.year.report')}</th>
                  <th scope="col">{t('reports.year.state')}</th>
                  <th scope="col">{t('reports.year.due')}</th>
                  <th scope="col">{t('reports.year.yours')}</th>
                </tr>
              </thead>
              <tbody>
                {data.expectedReports.map((expected) => (
                  <ExpectedRow key={`${expected.kind}-${expected.group?.id ?? expected.agency?.id}`} expected={expected} planId={planId} language={i18n.language} />
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      )}
    </>
  );
}

function ExpectedRow({ expected, planId, language }: { expected: Expected; planId: string; language: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [createReport, { loading }] = useMutation(CREATE_REPORT);
  const [error, setError] = useState<unknown>(null);
  const name = reportName(t, expected, language);
  const start = async () => {
    try {
      setError(null);
      const { data } = await createReport({
        variables: {
          input: { planId, year: expected.year, kind: expected.kind, groupId: expected.group?.id ?? null, agencyId: expected.agency?.id ?? null },
        },
      });
      if (data) await navigate(`/rapporter/${data.createReport.id}`);
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <tr>
      <th scope="row">
        {expected.reportId ? <Link to={`/rapporter/${expected.reportId}`}>{name}</Link> : name}
        {expected.group && <span className="hint-inline"> {expected.group.name}</span>}
      </th>
      <td>
        <span className="tag-list">
          <ReportStatusTag status={expected.status} />
          {expected.late && <span className="tag tag--flag">{t(expected.submittedAt ? 'reports.year.submittedLate' : 'reports.year.late')}</span>}
        </span>
      </td>
      <td className="nowrap">{formatDate(expected.dueDate)}</td>
      <td>
        {expected.mayWrite ? (
          <>
            <span className="tag tag--yours">{t('reports.year.youWrite')}</span>
            {!expected.reportId && (
              <button type="button" className="button button--secondary" onClick={() => void start()} disabled={loading} aria-label={t('reports.year.startNamed', { name })}>
                {t('reports.year.start')}
              </button>
            )}
            {error !== null && <LoadError error={error} />}
          </>
        ) : (
          t('reports.year.notYours')
        )}
      </td>
    </tr>
  );
}
