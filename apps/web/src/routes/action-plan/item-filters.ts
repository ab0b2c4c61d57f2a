import type { ActionItemHealth, ActionItemSort, ActionItemStatus } from '../../gql/graphql';

/** The action plan's filters, kept in the address (Swedish parameter names) so a view can be shared. */
export interface ItemFilters {
  groupId?: string;
  developmentAreaId?: string;
  /** A sub-topic of the chosen development area; without an area it does not apply. */
  subTopicId?: string;
  agencyId?: string;
  /** How the agency takes part: leads or takes part ("any"), leads, or takes part without leading. */
  agencyRole: AgencyRole;
  perspectiveId?: string;
  status: ActionItemStatus[];
  health: ActionItemHealth[];
  overdue: boolean;
  stale: boolean;
  text: string;
  sort: ActionItemSort;
  /** Cursor of the page (the last row of the previous one). */
  after?: string;
}

export type AgencyRole = 'any' | 'lead' | 'participating';

export const STATUSES: readonly ActionItemStatus[] = ['PLANNED', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED'];
export const HEALTHS: readonly ActionItemHealth[] = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK'];
export const SORTS: readonly ActionItemSort[] = ['DUE_DATE', 'TITLE', 'PROGRESS', 'RECENTLY_UPDATED', 'CREATED'];
const AGENCY_ROLES: readonly AgencyRole[] = ['any', 'lead', 'participating'];

const PARAM = {
  groupId: 'grupp',
  developmentAreaId: 'omrade',
  subTopicId: 'delomrade',
  agencyId: 'myndighet',
  agencyRole: 'roll',
  perspectiveId: 'perspektiv',
  status: 'status',
  health: 'halsa',
  overdue: 'forsenade',
  stale: 'inaktuella',
  text: 'text',
  sort: 'sortering',
  after: 'efter',
} as const;

const ROLE_PARAM: Record<AgencyRole, string> = { any: '', lead: 'leder', participating: 'deltar' };
const SORT_PARAM: Record<ActionItemSort, string> = {
  DUE_DATE: '',
  TITLE: 'titel',
  PROGRESS: 'framsteg',
  RECENTLY_UPDATED: 'senast-andrad',
  CREATED: 'skapad',
};

const listOf = <T extends string>(value: string | null, allowed: readonly T[]): T[] =>
  (value ?? '').split(',').filter((part): part is T => (allowed as readonly string[]).includes(part));

const optional = (value: string | null): string | undefined => (value && value.trim() !== '' ? value : undefined);

/** Reads the filters from the address; unknown values are left out rather than guessed. */
export function parseFilters(params: URLSearchParams): ItemFilters {
  const role = AGENCY_ROLES.find((candidate) => ROLE_PARAM[candidate] === (params.get(PARAM.agencyRole) ?? '')) ?? 'any';
  const sort = SORTS.find((candidate) => SORT_PARAM[candidate] === (params.get(PARAM.sort) ?? '')) ?? 'DUE_DATE';
  return {
    groupId: optional(params.get(PARAM.groupId)),
    developmentAreaId: optional(params.get(PARAM.developmentAreaId)),
    subTopicId: params.get(PARAM.developmentAreaId) ? optional(params.get(PARAM.subTopicId)) : undefined,
    agencyId: optional(params.get(PARAM.agencyId)),
    agencyRole: role,
    perspectiveId: optional(params.get(PARAM.perspectiveId)),
    status: listOf(params.get(PARAM.status), STATUSES),
    health: listOf(params.get(PARAM.health), HEALTHS),
    overdue: params.get(PARAM.overdue) === 'ja',
    stale: params.get(PARAM.stale) === 'ja',
    text: params.get(PARAM.text)?.trim() ?? '',
    sort,
    after: optional(params.get(PARAM.after)),
  };
}

/** The address for the filters: only what is set, in a stable order. */
export function filtersToParams(filters: ItemFilters): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string | undefined) => value && params.set(key, value);
  set(PARAM.groupId, filters.groupId);
  set(PARAM.developmentAreaId, filters.developmentAreaId);
  if (filters.developmentAreaId) set(PARAM.subTopicId, filters.subTopicId);
  set(PARAM.agencyId, filters.agencyId);
  if (filters.agencyId) set(PARAM.agencyRole, ROLE_PARAM[filters.agencyRole]);
  set(PARAM.perspectiveId, filters.perspectiveId);
  set(PARAM.status, filters.status.join(','));
  set(PARAM.health, filters.health.join(','));
  if (filters.overdue) params.set(PARAM.overdue, 'ja');
  if (filters.stale) params.set(PARAM.stale, 'ja');
  set(PARAM.text, filters.text.trim());
  set(PARAM.sort, SORT_PARAM[filters.sort]);
  set(PARAM.after, filters.after);
  return params;
}

/** Whether anything narrows the list (sorting and paging do not). */
export function isFiltered(filters: ItemFilters): boolean {
  return Boolean(
    filters.groupId ||
      filters.developmentAreaId ||
      filters.subTopicId ||
      filters.agencyId ||
      filters.perspectiveId ||
      filters.status.length ||
      filters.health.length ||
      filters.overdue ||
      filters.stale ||
      filters.text,
  );
}

/**
 * The `actionItems` arguments. Unfiltered, the tree starts from the top-level
 * items; filtered, every matching item at any level is a row of its own.
 * Unset filters are left out (the API reads null as not given too).
 */
export function filtersToVariables(planId: string, filters: ItemFilters, pageSize: number) {
  const agency = filters.agencyId;
  const set = <T>(value: T | undefined | false | '' | readonly unknown[]) =>
    value === undefined || value === false || value === '' || (Array.isArray(value) && value.length === 0) ? undefined : (value as T);
  return {
    planId,
    first: pageSize,
    sort: filters.sort,
    after: filters.after,
    topLevelOnly: isFiltered(filters) ? undefined : true,
    groupId: filters.groupId,
    developmentAreaId: filters.developmentAreaId,
    subTopicId: filters.developmentAreaId ? filters.subTopicId : undefined,
    agencyId: filters.agencyRole === 'any' ? agency : undefined,
    leadAgencyId: filters.agencyRole === 'lead' ? agency : undefined,
    participatingAgencyId: filters.agencyRole === 'participating' ? agency : undefined,
    perspectiveId: filters.perspectiveId,
    status: set<ItemFilters['status']>(filters.status),
    health: set<ItemFilters['health']>(filters.health),
    overdue: set<true>(filters.overdue),
    stale: set<true>(filters.stale),
    text: set<string>(filters.text),
  };
}
