import { useTranslation } from 'react-i18next';
import { Loading, LoadError } from '../../components/messages';
import { PageHeading } from '../../components/page-heading';
import { isNotFound } from '../../errors/api-errors';
import { NotFoundPage } from '../status-pages/not-found-page';
import { FilterPanel } from './filter-panel';
import { isFiltered } from './item-filters';
import { ItemTree } from './item-tree';
import { NewItemLink, Pager, PlanViews } from './plan-views';
import { useActionPlan, useSubItems } from './use-action-plan';

/** `/plan/:planId/handlingsplan`: the item tree with filters, sorting and paging. */
export function Component() {
  const { t } = useTranslation();
  const { planId, filters, apply, data, error } = useActionPlan();
  if (error && isNotFound(error)) return <NotFoundPage />;
  const plan = data?.plan;
  const items = data?.actionItems;
  return (
    <>
      <PageHeading title={t('plan.title')}>{t('plan.title')}</PageHeading>
      {plan && <p className="lead">{plan.title}</p>}
      <div className="page-actions">
        <PlanViews planId={planId} />
        <NewItemLink planId={planId} />
      </div>
      {error && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {plan && <FilterPanel plan={plan} filters={filters} onApply={apply} />}
      {items && (
        <section aria-labelledby="result-heading">
          <h2 id="result-heading" className="visually-hidden">
            {t('plan.results')}
          </h2>
          <p role="status" className="result-count">
            {t('plan.count', { count: items.totalCount })}
          </p>
          {items.nodes.length > 0 && (
            <>
              <p className="hint">{t('plan.treeHelp')}</p>
              <ItemTree
                items={items.nodes}
                useSubItems={useSubItems}
                caption={isFiltered(filters) ? t('plan.treeCaptionFiltered') : t('plan.treeCaption')}
                showParent={isFiltered(filters)}
              />
            </>
          )}
          <Pager filters={filters} pageInfo={items.pageInfo} onApply={apply} />
        </section>
      )}
    </>
  );
}
