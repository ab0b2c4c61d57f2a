import { DataSource } from 'typeorm';

/** Rows deleted per statement, so a first run over years of rows takes no long lock. */
const BATCH = 5_000;

/**
 * Deletes from `table` the rows whose ids `selectIds` finds, a batch per
 * statement (each on its own, not in one transaction), until none is left;
 * returns how many. `selectIds` is a SELECT of ids whose last parameter is
 * the batch size: `... LIMIT $n`, with `params` for the ones before it.
 */
export async function deleteInBatches(dataSource: DataSource, table: string, selectIds: string, params: unknown[]): Promise<number> {
  let deleted = 0;
  let affected: number;
  do {
    // A DELETE answers [rows, count].
    [, affected] = await dataSource.query(`DELETE FROM ${table} WHERE id IN (${selectIds})`, [...params, BATCH]);
    deleted += affected;
  } while (affected === BATCH);
  return deleted;
}
