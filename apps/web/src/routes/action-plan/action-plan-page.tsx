import { useTranslation } from 'react-i18next';
import { isFiltered } from './item-filters';
import { ItemTree } from './item-tree';
import { PlanListPage } from './plan-list-page';
import { useSubItems } from './use-action-plan';

/** `/plan/:planId/handlingsplan`: the item tree with filters, sorting and paging. */
export function Component() {
  const { t } = useTranslation();
  return (
    <PlanListPage title={t('plan.title')}>
      {({ items, filters }) => (
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
    </PlanListPage>
  );
}
