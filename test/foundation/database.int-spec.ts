import 'reflect-metadata';
import { buildDataSourceOptions } from '@samverkan/database';
import { seedIpvPlan } from '@samverkan/seed';
import { TestDatabase, createTestDatabase, snapshotTables } from '@samverkan/testing';
import { DataSource } from 'typeorm';

describe('database', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(buildDataSourceOptions(db.url, 2)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('has migrations that build exactly the schema the entities describe', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('uses snake_case table and column names', async () => {
    const rows: { name: string }[] = await dataSource.query(
      `SELECT table_name || '.' || column_name AS name FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((r) => /[A-Z]/.test(r.name))).toEqual([]);
  });

  it('seeds idempotently: a second run inserts nothing and changes no row', async () => {
    const first = await seedIpvPlan(dataSource);
    expect(first.inserted).toBeGreaterThan(50);
    const afterFirst = await snapshotTables(dataSource);
    const second = await seedIpvPlan(dataSource);
    expect(second.inserted).toBe(0);
    expect(await snapshotTables(dataSource)).toEqual(afterFirst);
  });

  it('does not seed renamed rows a second time', async () => {
    await dataSource.query(`UPDATE groups SET name = 'Omdöpt: ' || name`);
    await dataSource.query(`UPDATE goals SET title = 'Omdöpt: ' || title`);
    expect(await seedIpvPlan(dataSource)).toEqual({ inserted: 0 });
  });

  it('reverts and re-applies every migration cleanly', async () => {
    const count = dataSource.migrations.length;
    const scratch = await createTestDatabase();
    const ds = await new DataSource(buildDataSourceOptions(scratch.url, 2)).initialize();
    try {
      for (let i = 0; i < count; i += 1) await ds.undoLastMigration({ transaction: 'each' });
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`);
      expect(n).toBe(0);
      expect((await ds.runMigrations({ transaction: 'each' })).length).toBe(count);
    } finally {
      await ds.destroy();
      await scratch.drop();
    }
  });
});
