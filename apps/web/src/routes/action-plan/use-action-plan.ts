import { useQuery } from '@apollo/client/react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ACTION_PLAN_QUERY, SUB_ITEMS_QUERY } from './action-plan-queries';
import { type ItemFilters, filtersToParams, filtersToVariables, parseFilters } from './item-filters';
import type { UseSubItems } from './item-tree';

/** Rows per page: the API pages at 100 at most, and the whole plan is never loaded at once. */
export const PAGE_SIZE = 25;

/** The tree's and the timeline's shared state: the plan, the filters in the address, and one page of items. */
export function useActionPlan() {
  const { planId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filters = parseFilters(params);
  const result = useQuery(ACTION_PLAN_QUERY, { variables: filtersToVariables(planId, filters, PAGE_SIZE) });
  const apply = (next: ItemFilters) => {
    const query = filtersToParams(next).toString();
    navigate({ search: query ? `?${query}` : '' });
  };
  return { planId, filters, apply, ...result };
}

/** Sub-items of an expanded row, oldest first as the plan lists them. */
export const useSubItems: UseSubItems = (parentId) => {
  const { data, loading, error } = useQuery(SUB_ITEMS_QUERY, { variables: { parentId, sort: 'CREATED' } });
  return { items: data?.actionItems.nodes, loading, error };
};
