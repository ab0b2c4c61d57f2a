/**
 * The overview's filters (kept in the address so a view can be shared) and
 * what the page derives from the API's figures: the rows a filter leaves, and
 * the status-per-group numbers the chart and the table beside it both show.
 */

/** Address parameters, Swedish like the page paths. */
export const FILTER_PARAMS = { year: 'ar', group: 'grupp', area: 'omrade', agency: 'myndighet', perspective: 'perspektiv' } as const;
export type FilterName = keyof typeof FILTER_PARAMS;
export type OverviewFilters = { year: number | null } & Record<Exclude<FilterName, 'year'>, string | null>;

export function filtersFrom(params: URLSearchParams): OverviewFilters {
  const year = Number(params.get(FILTER_PARAMS.year));
  return {
    year: Number.isInteger(year) && year > 1900 ? year : null,
    group: params.get(FILTER_PARAMS.group) || null,
    area: params.get(FILTER_PARAMS.area) || null,
    agency: params.get(FILTER_PARAMS.agency) || null,
    perspective: params.get(FILTER_PARAMS.perspective) || null,
  };
}

/** The address parameters of the filters that are set, in a stable order. */
export function searchOf(filters: OverviewFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of Object.keys(FILTER_PARAMS) as FilterName[]) {
    const value = filters[name];
    if (value !== null && value !== '') params.set(FILTER_PARAMS[name], String(value));
  }
  return params;
}

/** The export's query string: the export takes the plan and the year (as the planOverview query does); it covers the whole plan. */
export function exportQuery(planId: string, filters: OverviewFilters): string {
  const params = new URLSearchParams({ planId });
  if (filters.year !== null) params.set('year', String(filters.year));
  return params.toString();
}

export interface StatusCounts {
  planned: number;
  inProgress: number;
  blocked: number;
  done: number;
  cancelled: number;
}
export const STATUS_KEYS = ['planned', 'inProgress', 'blocked', 'done', 'cancelled'] as const satisfies readonly (keyof StatusCounts)[];
/** The API's status names, for the catalog's `status.*` texts. */
export const STATUS_OF: Record<keyof StatusCounts, string> = {
  planned: 'PLANNED',
  inProgress: 'IN_PROGRESS',
  blocked: 'BLOCKED',
  done: 'DONE',
  cancelled: 'CANCELLED',
};

export interface RowLike {
  id: string;
  label: string;
  items: number;
  byStatus: StatusCounts;
}

/** One bar per row, stacked by status; the table beside the chart is made from the same list. */
export interface StatusBar extends StatusCounts {
  id: string;
  label: string;
  total: number;
}

export function statusBars(rows: readonly RowLike[]): StatusBar[] {
  return rows.map((row) => {
    const counts = Object.fromEntries(STATUS_KEYS.map((key) => [key, row.byStatus[key]])) as unknown as StatusCounts;
    return { id: row.id, label: row.label, ...counts, total: STATUS_KEYS.reduce((sum, key) => sum + counts[key], 0) };
  });
}

/**
 * Every known group (area, agency, perspective) in the plan's order, with
 * zeros where the API has no row because nothing is counted there: a working
 * group with no items is still shown.
 */
export function everyRow<R extends RowLike>(known: readonly { id: string; label: string }[], rows: readonly R[], empty: (id: string, label: string) => R): R[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const listed = known.map(({ id, label }) => byId.get(id) ?? empty(id, label));
  const unknown = rows.filter((row) => !known.some((entry) => entry.id === row.id));
  return [...listed, ...unknown];
}

/** A breakdown narrowed to the chosen row of its own dimension; the other breakdowns stay whole. */
export function onlyChosen<R extends { id: string }>(rows: readonly R[], chosen: string | null): R[] {
  return chosen ? rows.filter((row) => row.id === chosen) : [...rows];
}

export interface ItemLike {
  groupId: string;
  developmentAreaId: string;
  leadAgencyId: string;
  perspectives: readonly { id: string }[];
}

/** Whether a listed item (a risk, a due date) matches every filter set. */
export function itemMatches(item: ItemLike, filters: OverviewFilters): boolean {
  return (
    (!filters.group || item.groupId === filters.group) &&
    (!filters.area || item.developmentAreaId === filters.area) &&
    (!filters.agency || item.leadAgencyId === filters.agency) &&
    (!filters.perspective || item.perspectives.some((perspective) => perspective.id === filters.perspective))
  );
}

/** An expected report concerns a group or an agency; the other filters do not apply to reports. */
export function reportMatches(report: { groupId?: string | null; agencyId?: string | null }, filters: OverviewFilters): boolean {
  if (filters.group && report.groupId !== filters.group) return false;
  if (filters.agency && report.agencyId && report.agencyId !== filters.agency) return false;
  if (filters.agency && !report.agencyId) return false;
  return true;
}

/** The plan's years, first to last, for the year filter. */
export function yearsOf(periodStart: string, periodEnd: string): number[] {
  const first = Number(periodStart.slice(0, 4));
  const last = Number(periodEnd.slice(0, 4));
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => first + index);
}
