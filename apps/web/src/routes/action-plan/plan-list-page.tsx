import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { isNotFound } from '../../errors/api-errors';
import type { ActionPlanQuery } from '../../gql/graphql';
import { NotFoundPage } from '../status-pages/not-found-page';
import { FilterPanel } from './filter-panel';
import type { ItemFilters } from './item-filters';
import { NewItemLink, Pager, PlanViews } from './plan-views';
import { useActionPlan } from './use-action-plan';

/**
 * What the tree and the timeline share around their list of the same items:
 * the heading, the switch between the views, the filters, the count and the
 * pager. `children` draws the page of items its own way.
 */
export function PlanListPage({
  title,
  children,
}: {
  title: string;
  children: (page: { plan: ActionPlanQuery['plan']; items: ActionPlanQuery['actionItems']; filters: ItemFilters }) => ReactNode;
}) {
  const { t } = useTranslation();
  const { planId, filters, apply, data, error } = useActionPlan();
  if (error && isNotFound(error)) return <NotFoundPage />;
  const plan = data?.plan;
  const items = data?.actionItems;
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {plan && <p className="lead">{plan.title}</p>}
      <div className="page-actions">
        <PlanViews planId={planId} />
        <NewItemLink planId={planId} />
      </div>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {plan && <FilterPanel plan={plan} filters={filters} onApply={apply} />}
      {plan && items && (
        <section aria-labelledby="result-heading">
          <h2 id="result-heading" className="visually-hidden">
            {t('plan.results')}
          </h2>
          <p role="status" className="result-count">
            {t('plan.count', { count: items.totalCount })}
          </p>
          {items.nodes.length > 0 && children({ plan, items, filters })}
          <Pager filters={filters} pageInfo={items.pageInfo} onApply={apply} />
        </section>
      )}
    </>
  );
}
