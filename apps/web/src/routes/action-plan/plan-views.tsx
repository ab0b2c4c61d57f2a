import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { Link } from 'react-router';
import { useSession } from '../../app/session';
import type { ItemFilters } from './item-filters';
import { filtersToParams } from './item-filters';

/** Tree or timeline of the same items: the filters travel along. */
export function PlanViews({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  return (
    <nav className="view-switch" aria-label={t('plan.views.label')}>
      <ul>
        <li>
          <NavLink to={{ pathname: `/plan/${planId}/handlingsplan`, search }}>{t('plan.views.tree')}</NavLink>
        </li>
        <li>
          <NavLink to={{ pathname: `/plan/${planId}/tidslinje`, search }}>{t('plan.views.timeline')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}

/** "Ny åtgärd" for the people who may create one: coordinators of a working group of this plan (the API checks the group). */
export function NewItemLink({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const coordinator = me.memberships.some((membership) => membership.role === 'COORDINATOR' && membership.group.planId === planId);
  if (!coordinator) return null;
  return (
    <Link className="button" to={`/plan/${planId}/atgarder/ny`}>
      {t('plan.newItem')}
    </Link>
  );
}

/** First page and next page: cursors, so no page ever loads the whole plan. */
export function Pager({
  filters,
  pageInfo,
  onApply,
}: {
  filters: ItemFilters;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  onApply: (filters: ItemFilters) => void;
}) {
  const { t } = useTranslation();
  if (!filters.after && !pageInfo.hasNextPage) return null;
  return (
    <nav className="pager" aria-label={t('plan.paging')}>
      {filters.after && (
        <a href={`?${filtersToParams({ ...filters, after: undefined })}`} onClick={(event) => (event.preventDefault(), onApply({ ...filters, after: undefined }))}>
          {t('common.firstPage')}
        </a>
      )}
      {pageInfo.hasNextPage && pageInfo.endCursor && (
        <a
          href={`?${filtersToParams({ ...filters, after: pageInfo.endCursor })}`}
          onClick={(event) => (event.preventDefault(), onApply({ ...filters, after: pageInfo.endCursor ?? undefined }))}
        >
          {t('common.next')}
        </a>
      )}
    </nav>
  );
}
