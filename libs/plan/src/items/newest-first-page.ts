import { Connection, LoaderRegistry, PageArgs, decodeCursor, encodeCursor, toConnection } from '@samverkan/common';
import { In, ObjectLiteral, Repository } from 'typeorm';
import { PlanException, PlanExceptionCode } from '../plan.exception';

/** Rows that hang off a parent (check-ins off an item, say), listed newest first. */
export interface NewestFirstList {
  /** Also names the DataLoader. */
  table: string;
  parentColumn: string;
  parentType: 'uuid' | 'text';
  idType: 'uuid' | 'bigint';
  timeColumn: string;
  /** A fixed extra condition on the rows, in SQL on alias `r`. */
  condition?: string;
}

const TIMESTAMP_TEXT = /^\d{4}-\d{2}-\d{2} [\d:.]+[+-]\d{2}(:\d{2})?$/;

function decodeAfter(after: string | null | undefined): { time: string; id: string } | null {
  if (after == null) return null;
  const [time, id] = decodeCursor(after, 2) ?? [];
  if (typeof time !== 'string' || !TIMESTAMP_TEXT.test(time) || typeof id !== 'string' || !/^[0-9a-f-]{1,36}$/i.test(id)) {
    throw new PlanException(PlanExceptionCode.INVALID_CURSOR, 'after is not a valid cursor', 'after');
  }
  return { time, id };
}

/**
 * One page per parent, for any number of parents in two queries: the page's
 * ids and totals by window functions, then the rows themselves.
 */
export function loadNewestFirstPage<T extends ObjectLiteral & { id: string }>(
  loaders: LoaderRegistry,
  list: NewestFirstList,
  repo: Repository<T>,
  parentId: string,
  page: PageArgs,
): Promise<Connection<T>> {
  const after = decodeAfter(page.after);
  const name = `${list.table}.newestFirst:${page.first}:${page.after ?? ''}`;
  return loaders
    .get<string, Connection<T>>(name, async (parentIds) => {
      const keep = after ? `(r.${list.timeColumn}, r.id) < ($3::timestamptz, $4::${list.idType})` : 'true';
      // Every parent's first row carries its total, even when the cursor skips it.
      const rows: { id: string; parent: string; sort_key: string; total: number; kept: boolean }[] = await repo.query(
        `SELECT id, parent, sort_key, total, kept FROM (
           SELECT counted.*,
                  row_number() OVER (PARTITION BY parent, kept ORDER BY at DESC, id DESC) AS position,
                  row_number() OVER (PARTITION BY parent ORDER BY at DESC, id DESC) AS overall
             FROM (SELECT r.id, r.${list.parentColumn}::text AS parent, r.${list.timeColumn} AS at,
                          CAST(r.${list.timeColumn} AS text) AS sort_key, ${keep} AS kept,
                          count(*) OVER (PARTITION BY r.${list.parentColumn})::int AS total
                     FROM ${list.table} r
                    WHERE r.${list.parentColumn} = ANY($1::${list.parentType}[]) ${list.condition ? `AND ${list.condition}` : ''}) counted) paged
          WHERE (kept AND position <= $2) OR overall = 1
          ORDER BY parent, at DESC, id DESC`,
        after ? [parentIds, page.first + 1, after.time, after.id] : [parentIds, page.first + 1],
      );
      const keptRows = rows.filter((row) => row.kept);
      const entities = keptRows.length === 0 ? [] : await repo.findBy({ id: In(keptRows.map((row) => row.id)) } as never);
      const byId = new Map(entities.map((entity) => [String(entity.id), entity]));
      const totals = new Map<string, number>();
      const pages = new Map<string, { row: T; cursor: string }[]>();
      for (const row of rows) {
        totals.set(row.parent, row.total);
        const entity = row.kept ? byId.get(String(row.id)) : undefined;
        if (!entity) continue;
        pages.set(row.parent, [...(pages.get(row.parent) ?? []), { row: entity, cursor: encodeCursor([row.sort_key, String(row.id)]) }]);
      }
      return parentIds.map((parent) => {
        const entries = pages.get(parent) ?? [];
        const cursors = new Map(entries.map((entry) => [entry.row, entry.cursor]));
        return toConnection(entries.map((entry) => entry.row), page.first, totals.get(parent) ?? 0, (row) => cursors.get(row)!);
      });
    })
    .load(parentId);
}
