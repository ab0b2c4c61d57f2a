import { DataSource } from 'typeorm';

/**
 * Runs `work` only if no other process is running work of the same name:
 * a PostgreSQL session advisory lock, held on a connection of its own for
 * the whole run (and freed by PostgreSQL if the process dies). Returns null
 * when another process holds it.
 */
export async function runExclusively<T>(dataSource: DataSource, name: string, work: () => Promise<T>): Promise<T | null> {
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    const [{ locked }]: { locked: boolean }[] = await lockHolder.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [name]);
    if (!locked) return null;
    try {
      return await work();
    } finally {
      await lockHolder.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    }
  } finally {
    await lockHolder.release();
  }
}
