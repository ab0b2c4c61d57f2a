import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { HealthTag, StatusTag } from '../../components/status';
import { isNotFound } from '../../errors/api-errors';
import { graphql } from '../../gql';
import type { PlanAsOfRevisionPageQuery } from '../../gql/graphql';
import { formatDate, formatDateTime, formatPercent } from '../../i18n/format';
import '../../styles/pages.css';
import { NotFoundPage } from '../status-pages/not-found-page';
import { ScrollTable } from '../../components/scroll-table';

const AS_OF_REVISION = graphql(`
  query PlanAsOfRevisionPage($planId: ID!, $number: Int!) {
    planAsOfRevision(planId: $planId, number: $number) {
      revision {
        id
        number
        summary
        rationale
        effectiveFrom
        createdAt
      }
      snapshot {
        title
        mandate
        periodStart
        periodEnd
        takenAt
        developmentAreas {
          id
          number
          title
        }
        perspectives {
          id
          title
        }
        items {
          id
          title
          parentId
          developmentAreaId
          status
          health
          progress
          dueDate
        }
      }
    }
  }
`);

/**
 * `/plan/:planId/revisioner/:revisionId`, where the last part is the revision's
 * number in the plan (1, 2, …): the plan as it stood then, read-only.
 */
export function Component() {
  const { planId, revisionId } = useParams();
  const { t } = useTranslation();
  const number = Number(revisionId);
  const valid = Boolean(planId) && Number.isInteger(number) && number > 0;
  const { data, error } = useQuery(AS_OF_REVISION, { variables: { planId: planId ?? '', number }, skip: !valid });
  if (!valid || isNotFound(error)) return <NotFoundPage />;
  const title = t('revisions.asOfTitle', { number });
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/plan/${planId}/revisioner`}>{t('revisions.back')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {data && <AsOfRevision view={data.planAsOfRevision} />}
    </>
  );
}

type View = PlanAsOfRevisionPageQuery['planAsOfRevision'];

function AsOfRevision({ view }: { view: View }) {
  const { t } = useTranslation();
  const { revision, snapshot } = view;
  return (
    <>
      <p className="notice">{t('revisions.readOnly')}</p>
      <dl className="summary-list">
        <dt>{t('revisions.effectiveFrom')}</dt>
        <dd>{formatDate(revision.effectiveFrom)}</dd>
        <dt>{t('revisions.summary')}</dt>
        <dd>{revision.summary}</dd>
        <dt>{t('revisions.rationale')}</dt>
        <dd>{revision.rationale}</dd>
        <dt>{t('revisions.recorded')}</dt>
        <dd>{formatDateTime(revision.createdAt)}</dd>
      </dl>
      {!snapshot ? (
        <p>{t('revisions.noSnapshot')}</p>
      ) : (
        <>
          <section aria-labelledby="planen-rubrik" className="section">
            <h2 id="planen-rubrik">{snapshot.title}</h2>
            <p className="hint">
              {t('revisions.period', { start: formatDate(snapshot.periodStart), end: formatDate(snapshot.periodEnd) })} ·{' '}
              {t('revisions.takenAt', { time: formatDateTime(snapshot.takenAt) })}
            </p>
            <p className="preserve-lines">{snapshot.mandate}</p>
          </section>
          {snapshot.developmentAreas.map((area) => {
            const items = snapshot.items.filter((item) => item.developmentAreaId === area.id);
            const order = [...items.filter((item) => !item.parentId || !items.some((other) => other.id === item.parentId))];
            const children = (parentId: string) => items.filter((item) => item.parentId === parentId);
            const rows: { item: (typeof items)[number]; depth: number }[] = [];
            const walk = (item: (typeof items)[number], depth: number) => {
              rows.push({ item, depth });
              children(item.id).forEach((child) => walk(child, depth + 1));
            };
            order.forEach((item) => walk(item, 0));
            return (
              <section key={area.id} aria-labelledby={`omrade-${area.id}`} className="section">
                <h2 id={`omrade-${area.id}`}>
                  {area.number}. {area.title}
                </h2>
                {rows.length === 0 ? (
                  <p>{t('revisions.noItems')}</p>
                ) : (
                  <ScrollTable label={`${area.number}. ${area.title}`}>
                    <table>
                      <thead>
                        <tr>
                          <th scope="col">{t('overview.columns.item')}</th>
                          <th scope="col">{t('overview.columns.state')}</th>
                          <th scope="col" className="numeric">
                            {t('revisions.progress')}
                          </th>
                          <th scope="col">{t('overview.dueSoon.due')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {rows.map(({ item, depth }) => (
                          <tr key={item.id}>
                            <td className={`depth-${Math.min(depth, 2)}`}>{item.title}</td>
                            <td>
                              <StatusTag status={item.status} /> <HealthTag health={item.health} />
                            </td>
                            <td className="numeric">{formatPercent(item.progress)}</td>
                            <td className="nowrap">{item.dueDate ? formatDate(item.dueDate) : t('common.notSet')}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </ScrollTable>
                )}
              </section>
            );
          })}
        </>
      )}
    </>
  );
}
