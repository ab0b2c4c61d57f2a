import { Connection, decodeCursor, encodeCursor, toConnection } from '@samverkan/common';
import { Brackets, Repository, SelectQueryBuilder } from 'typeorm';
import { PlanException, PlanExceptionCode } from '../plan.exception';
import { ActionItem } from './action-item.entity';
import { ActionItemFilterArgs, ActionItemSort } from './action-items.args';
import { selectAsEntity } from './entity-rows';
import { itemSql } from './item-signals';

interface SortKey {
  expression: string;
  /** The SQL type the cursor's text value is cast back to. */
  type: string;
  descending: boolean;
  /** Whether a cursor's text value casts to that type, so a forged cursor is bad input rather than a database error. */
  accepts: (value: string) => boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isDateKey = (value: string): boolean => value === 'infinity' || /^\d{4}-\d{2}-\d{2}$/.test(value);
const isTimestampKey = (value: string): boolean => /^\d{4}-\d{2}-\d{2} [\d:.]+[+-]\d{2}(:\d{2})?$/.test(value);

/** Each sort ends on the id, so the order is total and pages never overlap. */
const SORT_KEYS: Record<ActionItemSort, SortKey> = {
  [ActionItemSort.DUE_DATE]: { expression: "coalesce(i.due_date, 'infinity'::date)", type: 'date', descending: false, accepts: isDateKey },
  [ActionItemSort.RECENTLY_UPDATED]: { expression: 'i.updated_at', type: 'timestamptz', descending: true, accepts: isTimestampKey },
  [ActionItemSort.CREATED]: { expression: 'i.created_at', type: 'timestamptz', descending: false, accepts: isTimestampKey },
  [ActionItemSort.TITLE]: { expression: 'i.title', type: 'text', descending: false, accepts: () => true },
  [ActionItemSort.PROGRESS]: { expression: 'i.progress', type: 'integer', descending: false, accepts: (value) => /^\d{1,3}$/.test(value) },
};

export interface ItemQueryTime {
  /** Today's date (YYYY-MM-DD), for overdue. */
  today: string;
  now: Date;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The items matching a filter, as a query on `action_items i` without joins (one row per item). */
export function filteredItems(repo: Repository<ActionItem>, filter: ActionItemFilterArgs, time: ItemQueryTime): SelectQueryBuilder<ActionItem> {
  if (filter.dueFrom && filter.dueTo && filter.dueTo < filter.dueFrom) {
    throw new PlanException(PlanExceptionCode.DATES_INVERTED, 'dueTo must not be before dueFrom', 'dueTo');
  }
  const query = repo.createQueryBuilder('i').setParameters({ today: time.today, now: time.now });
  const equal: [keyof ActionItemFilterArgs, string][] = [
    ['planId', 'i.plan_id'],
    ['groupId', 'i.group_id'],
    ['developmentAreaId', 'i.development_area_id'],
    ['subTopicId', 'i.sub_topic_id'],
    ['leadAgencyId', 'i.lead_agency_id'],
    ['ownerId', 'i.owner_id'],
    ['parentId', 'i.parent_id'],
  ];
  for (const [name, column] of equal) {
    if (filter[name] !== undefined) query.andWhere(`${column} = :${name}`, { [name]: filter[name] });
  }
  const participates = (param: string): string => `EXISTS (SELECT 1 FROM action_item_agencies x WHERE x.item_id = i.id AND x.agency_id = :${param})`;
  if (filter.participatingAgencyId) query.andWhere(participates('participatingAgencyId'), { participatingAgencyId: filter.participatingAgencyId });
  if (filter.agencyId) query.andWhere(`(i.lead_agency_id = :agencyId OR ${participates('agencyId')})`, { agencyId: filter.agencyId });
  if (filter.perspectiveId) {
    query.andWhere('EXISTS (SELECT 1 FROM action_item_perspectives x WHERE x.item_id = i.id AND x.perspective_id = :perspectiveId)', {
      perspectiveId: filter.perspectiveId,
    });
  }
  if (filter.status?.length) query.andWhere('i.status IN (:...statuses)', { statuses: filter.status });
  if (filter.health?.length) query.andWhere('i.health IN (:...healths)', { healths: filter.health });
  if (filter.topLevelOnly) query.andWhere('i.parent_id IS NULL');
  if (filter.dueFrom) query.andWhere('i.due_date >= :dueFrom', { dueFrom: filter.dueFrom });
  if (filter.dueTo) query.andWhere('i.due_date <= :dueTo', { dueTo: filter.dueTo });
  if (filter.overdue !== undefined) query.andWhere(`${filter.overdue ? '' : 'NOT '}coalesce(${itemSql.overdue('i', ':today')}, false)`);
  if (filter.stale !== undefined) {
    const cutoff = `CAST(:now AS timestamptz) - (SELECT p.stale_after_days FROM plans p WHERE p.id = i.plan_id) * interval '24 hours'`;
    query.andWhere(`${filter.stale ? '' : 'NOT '}${itemSql.stale('i', `(${cutoff})`)}`);
  }
  if (filter.text?.trim()) {
    query.andWhere(
      new Brackets((words) => {
        words.where('i.title ILIKE :text', { text: `%${escapeLike(filter.text!.trim())}%` }).orWhere('i.description ILIKE :text');
      }),
    );
  }
  return query;
}

/** One page of a filtered, sorted list by keyset: one query for the rows, one for the total. */
export async function findItemPage(
  repo: Repository<ActionItem>,
  filter: ActionItemFilterArgs,
  page: { first: number; after?: string },
  time: ItemQueryTime,
): Promise<Connection<ActionItem>> {
  const after = page.after == null ? null : decodeItemCursor(page.after, filter.sort);
  const query = filteredItems(repo, filter, time);
  const totalCount = await query.clone().getCount();
  const { rows, sortKeys } = await sortedItems(repo, query, filter.sort, after, page.first + 1);
  // Only the last row of the page needs its cursor.
  return toConnection(rows, page.first, totalCount, (row) => encodeCursor([filter.sort, sortKeys[rows.indexOf(row)]!, row.id]));
}

/** A cursor is [sort, sort key, id]; one made for another sort order is no use. */
function decodeItemCursor(cursor: string, sort: ActionItemSort): ItemCursor {
  const values = decodeCursor(cursor, 3);
  const [cursorSort, key, id] = values ?? [];
  if (cursorSort !== sort || typeof key !== 'string' || !SORT_KEYS[sort].accepts(key) || typeof id !== 'string' || !UUID.test(id)) {
    throw new PlanException(PlanExceptionCode.INVALID_CURSOR, 'after is not a valid cursor for this sort order', 'after');
  }
  return { key, id };
}

export interface ItemCursor {
  key: string;
  id: string;
}

/** Rows in sort order after the cursor, with each row's sort key as text for the next cursor. */
export async function sortedItems(
  repo: Repository<ActionItem>,
  query: SelectQueryBuilder<ActionItem>,
  sort: ActionItemSort,
  after: ItemCursor | null,
  limit: number,
): Promise<{ rows: ActionItem[]; sortKeys: string[] }> {
  const key = SORT_KEYS[sort];
  const direction = key.descending ? 'DESC' : 'ASC';
  if (after) {
    query.andWhere(`(${key.expression}, i.id) ${key.descending ? '<' : '>'} (CAST(:afterKey AS ${key.type}), CAST(:afterId AS uuid))`, {
      afterKey: after.key,
      afterId: after.id,
    });
  }
  const raw = await selectAsEntity(query, repo)
    .addSelect(`CAST(${key.expression} AS text)`, 'sort_key')
    .orderBy(key.expression, direction)
    .addOrderBy('i.id', direction)
    .limit(limit)
    .getRawMany<ActionItem & { sort_key: string }>();
  return { rows: raw.map(({ sort_key: _key, ...item }) => item), sortKeys: raw.map((row) => row.sort_key) };
}
