import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { HealthTag, StatusTag } from '../../components/status';
import { graphql } from '../../gql';
import { formatDate, formatDateTime, formatPercent } from '../../i18n/format';
import { NotFoundPage } from '../status-pages/not-found-page';
import { ScrollTable } from '../../components/scroll-table';

const MY_WORK = graphql(`
  query MyWorkPage($planId: ID!) {
    myWork(planId: $planId) {
      itemsNeedingAttention {
        path
        reasons
        relations
        item {
          id
          title
          dueDate
          status
          health
          progress
          group {
            id
            number
          }
        }
      }
      upcomingDeadlines {
        kind
        title
        dueDate
        path
        subjectId
      }
      returnedReports {
        path
        report {
          ...MyWorkReportFields
        }
        version {
          id
          number
          reviewComment
          reviewedAt
        }
      }
      reportsAwaitingReview {
        path
        report {
          ...MyWorkReportFields
        }
        version {
          id
          number
          submittedAt
        }
      }
      unreadNotifications {
        unreadCount
        nodes {
          id
          title
          path
          createdAt
        }
      }
    }
  }

  fragment MyWorkReportFields on Report {
    id
    kind
    year
    group {
      id
      name
    }
    agency {
      id
      nameSv
      nameEn
    }
  }
`);

/** `/`: what needs the signed-in person in the chosen plan, each line a link to where it is done. */
export function Component() {
  const { plan } = useSession();
  if (!plan) return <NotFoundPage />;
  return <MyWork planId={plan.id} planTitle={plan.title} />;
}

function MyWork({ planId, planTitle }: { planId: string; planTitle: string }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(MY_WORK, { variables: { planId }, fetchPolicy: 'cache-and-network' });
  const english = i18n.language.startsWith('en');
  const reportName = (report: { kind: string; year: number; group?: { name: string } | null; agency?: { nameSv: string; nameEn: string } | null }) =>
    t(`myWork.reportKind.${report.kind}`, {
      year: report.year,
      owner: report.group?.name ?? (english ? report.agency?.nameEn : report.agency?.nameSv) ?? '',
    });

  return (
    <>
      <PageHeading title={t('myWork.title')}>{t('myWork.title')}</PageHeading>
      <p className="lead">{t('myWork.intro', { plan: planTitle })}</p>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          <Section id="atgarder" title={t('myWork.attention.title')} empty={t('myWork.attention.empty')} count={data.myWork.itemsNeedingAttention.length}>
            <table className="table">
              <caption className="visually-hidden">{t('myWork.attention.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('myWork.attention.item')}</th>
                  <th scope="col">{t('myWork.attention.why')}</th>
                  <th scope="col">{t('myWork.attention.status')}</th>
                  <th scope="col">{t('myWork.attention.due')}</th>
                  <th scope="col">{t('myWork.attention.role')}</th>
                </tr>
              </thead>
              <tbody>
                {data.myWork.itemsNeedingAttention.map((entry) => (
                  <tr key={entry.item.id}>
                    <td>
                      <Link to={entry.path}>{entry.item.title}</Link>
                      <div className="hint">{t('myWork.attention.group', { number: entry.item.group.number })}</div>
                    </td>
                    <td>{entry.reasons.map((reason) => t(`myWork.reason.${reason}`)).join(', ')}</td>
                    <td>
                      <StatusTag status={entry.item.status} /> <HealthTag health={entry.item.health} />{' '}
                      <span className="nowrap">{formatPercent(entry.item.progress)}</span>
                    </td>
                    <td>{entry.item.dueDate ? formatDate(entry.item.dueDate) : t('common.notSet')}</td>
                    <td>{entry.relations.map((relation) => t(`myWork.relation.${relation}`)).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>

          <Section id="tidsfrister" title={t('myWork.deadlines.title')} empty={t('myWork.deadlines.empty')} count={data.myWork.upcomingDeadlines.length}>
            <table className="table">
              <caption className="visually-hidden">{t('myWork.deadlines.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('myWork.deadlines.date')}</th>
                  <th scope="col">{t('myWork.deadlines.kind')}</th>
                  <th scope="col">{t('myWork.deadlines.what')}</th>
                </tr>
              </thead>
              <tbody>
                {data.myWork.upcomingDeadlines.map((deadline) => (
                  <tr key={`${deadline.kind}-${deadline.subjectId}-${deadline.dueDate}`}>
                    <td className="nowrap">{formatDate(deadline.dueDate)}</td>
                    <td>{t(`myWork.deadlineKind.${deadline.kind}`)}</td>
                    <td>
                      <Link to={deadline.path}>{deadline.title}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>

          <Section id="returnerade" title={t('myWork.returned.title')} empty={t('myWork.returned.empty')} count={data.myWork.returnedReports.length}>
            <ul className="list">
              {data.myWork.returnedReports.map((task) => (
                <li key={task.version.id}>
                  <Link to={task.path}>{reportName(task.report)}</Link>{' '}
                  <span className="hint">{t('myWork.returned.version', { number: task.version.number, date: formatDateTime(task.version.reviewedAt) })}</span>
                  {task.version.reviewComment && <blockquote className="quote">{task.version.reviewComment}</blockquote>}
                </li>
              ))}
            </ul>
          </Section>

          {data.myWork.reportsAwaitingReview.length > 0 && (
            <Section id="granskning" title={t('myWork.review.title')} empty="" count={data.myWork.reportsAwaitingReview.length}>
              <ul className="list">
                {data.myWork.reportsAwaitingReview.map((task) => (
                  <li key={task.version.id}>
                    <Link to={task.path}>{reportName(task.report)}</Link>{' '}
                    <span className="hint">{t('myWork.review.submitted', { number: task.version.number, date: formatDateTime(task.version.submittedAt) })}</span>
                  </li>
                ))}
              </ul>
            </Section>
          )}

          <Section
            id="aviseringar"
            title={t('myWork.notifications.title', { count: data.myWork.unreadNotifications.unreadCount })}
            empty={t('myWork.notifications.empty')}
            count={data.myWork.unreadNotifications.nodes.length}
          >
            <ul className="list">
              {data.myWork.unreadNotifications.nodes.map((notification) => (
                <li key={notification.id}>
                  <Link to={notification.path}>{notification.title}</Link> <span className="hint">{formatDateTime(notification.createdAt)}</span>
                </li>
              ))}
            </ul>
            <p>
              <Link to="/aviseringar">{t('myWork.notifications.all')}</Link>
            </p>
          </Section>
        </>
      )}
    </>
  );
}

function Section({ id, title, empty, count, children }: { id: string; title: string; empty: string; count: number; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-rubrik`} className="section">
      <h2 id={`${id}-rubrik`}>{title}</h2>
      {count === 0 ? <p>{empty}</p> : <ScrollTable label={title}>{children}</ScrollTable>}
    </section>
  );
}
