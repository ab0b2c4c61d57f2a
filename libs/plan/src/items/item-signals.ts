import { ActionItem, isClosed } from './action-item.entity';

/**
 * Overdue and stale, once in TypeScript (for one item in hand) and once in
 * SQL (for filters and aggregates); the two must say the same thing.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

export function staleCutoff(now: Date, staleAfterDays: number): Date {
  return new Date(now.getTime() - staleAfterDays * DAY_MS);
}

export function isOverdue(item: Pick<ActionItem, 'status' | 'dueDate'>, today: string): boolean {
  return !isClosed(item.status) && item.dueDate !== null && item.dueDate < today;
}

export function isStale(item: Pick<ActionItem, 'status' | 'lastCheckInAt' | 'createdAt'>, cutoff: Date): boolean {
  return !isClosed(item.status) && (item.lastCheckInAt ?? item.createdAt).getTime() < cutoff.getTime();
}

/** SQL conditions on an action_items row aliased `alias`; `today` and `cutoff` name bound parameters. */
export const itemSql = {
  open: (alias: string): string => `${alias}.status NOT IN ('DONE', 'CANCELLED')`,
  overdue: (alias: string, today: string): string => `(${itemSql.open(alias)} AND ${alias}.due_date < ${today})`,
  stale: (alias: string, cutoff: string): string =>
    `(${itemSql.open(alias)} AND coalesce(${alias}.last_check_in_at, ${alias}.created_at) < ${cutoff})`,
};
