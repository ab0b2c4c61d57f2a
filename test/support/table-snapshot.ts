import { DataSource } from 'typeorm';

/**
 * A fingerprint of every row of every table: two equal snapshots mean
 * nothing was written in between (audit rows of refused mutations aside).
 */
export async function snapshotTables(dataSource: DataSource): Promise<Record<string, string>> {
  const tables: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations'
      ORDER BY table_name`,
  );
  const snapshot: Record<string, string> = {};
  for (const { table_name } of tables) {
    // A refused or failed mutation is recorded in the audit log, but changes nothing else.
    const where = table_name === 'audit_log' ? ` WHERE t.outcome = 'SUCCEEDED'` : '';
    const [row] = await dataSource.query(
      `SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest FROM "${table_name}" t${where}`,
    );
    snapshot[table_name] = `${row.n}:${row.digest}`;
  }
  return snapshot;
}
