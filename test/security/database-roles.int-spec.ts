import { connectionRoleProblems, grantApplicationRole } from '@samverkan/database';
import { AppLogger, loadObservabilityConfig } from '@samverkan/observability';
import { TEST_APPLICATION_ROLE, TestApi, startTestApi, testConfig } from '@samverkan/testing';
import { Client } from 'pg';
import { createApiApp } from '../../apps/api/src/api.app';

/**
 * The api and worker connect as the application role, which owns nothing: it
 * cannot switch the audit log's trigger off, alter a table or remove audit
 * rows, while everything the api does still works (every other suite runs the
 * api as this role too).
 */
describe('the application database role', () => {
  let api: TestApi;
  let app: Client;
  let owner: Client;

  beforeAll(async () => {
    api = await startTestApi();
    app = new Client({ connectionString: api.db.appUrl });
    owner = new Client({ connectionString: api.db.url });
    await Promise.all([app.connect(), owner.connect()]);
  });

  afterAll(async () => {
    await Promise.all([app?.end(), owner?.end()]);
    await api?.close();
  });

  const auditRows = async (): Promise<number> => (await owner.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log')).rows[0]!.n;

  it('is what the api connects as: no superuser, owner of nothing', async () => {
    await api.login('admin@samverkan.example'); // so the api's pool holds connections now
    // Every connection of the api's pool but this test's own two.
    const { rows } = await owner.query<{ role: string }>(
      `SELECT DISTINCT usename AS role FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend' AND pid NOT IN (pg_backend_pid(), $1)`,
      [(app as unknown as { processID: number }).processID],
    );
    expect(rows.map((row) => row.role)).toEqual([TEST_APPLICATION_ROLE]);
    expect(await connectionRoleProblems(async (sql) => (await app.query(sql)).rows)).toEqual([]);
    // The same check finds the owner out, so it can fail.
    expect(await connectionRoleProblems(async (sql) => (await owner.query(sql)).rows)).toEqual([expect.stringContaining('a superuser')]);
    const { rows: roles } = await owner.query(
      'SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolreplication FROM pg_roles WHERE rolname = $1',
      [TEST_APPLICATION_ROLE],
    );
    expect(roles).toEqual([{ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false, rolreplication: false }]);
  });

  it('is told apart from a role that owns a table', async () => {
    await owner.query('BEGIN');
    try {
      await owner.query('CREATE TABLE owned_by_app (id integer)');
      await owner.query(`ALTER TABLE owned_by_app OWNER TO ${TEST_APPLICATION_ROLE}`);
      await owner.query(`SET LOCAL ROLE ${TEST_APPLICATION_ROLE}`);
      expect(await connectionRoleProblems(async (sql) => (await owner.query(sql)).rows)).toEqual([
        `connects to PostgreSQL as "${TEST_APPLICATION_ROLE}", which owns (or may act as the owner of) 1 tables`,
      ]);
    } finally {
      await owner.query('ROLLBACK');
    }
  });

  it('is the only role the api starts with in production; elsewhere running as the owner is a loud warning', async () => {
    const asOwner = testConfig(api.db.url, api.redis.url, api.redis.prefix, { databaseUrl: api.db.url });
    const observability = loadObservabilityConfig({}, 'test');
    await expect(createApiApp({ ...asOwner, nodeEnv: 'production' }, observability)).rejects.toThrow(
      'Refusing to start: this process connects to PostgreSQL as "postgres", a superuser: set APP_DATABASE_URL',
    );
    const warnings = jest.spyOn(AppLogger.prototype, 'warn');
    try {
      const development = await createApiApp(asOwner, observability);
      await development.close();
      expect(warnings).toHaveBeenCalledWith(expect.stringContaining('DATABASE ROLE CHECK: this process connects to PostgreSQL as "postgres", a superuser'), 'BootChecks');
    } finally {
      warnings.mockRestore();
    }
  });

  it('is never granted to the owner, and is not created by a role that may not create roles', async () => {
    await expect(grantApplicationRole(owner, { name: 'postgres', password: null })).rejects.toThrow(
      'APP_DATABASE_URL connects as "postgres", which is (or is a member of) the schema owner',
    );
    // The application role itself stands in for an owner without CREATEROLE.
    await expect(grantApplicationRole(app, { name: `samverkan_app_missing_${process.pid}`, password: null })).rejects.toThrow(
      /may not create roles: create it once as a superuser: CREATE ROLE "samverkan_app_missing_\d+" LOGIN NOSUPERUSER/,
    );
  });

  it('cannot switch triggers off with session_replication_role', async () => {
    await expect(app.query('SET session_replication_role = replica')).rejects.toThrow(/permission denied to set parameter "session_replication_role"/);
    await app.query('BEGIN');
    try {
      await expect(app.query('SET LOCAL session_replication_role = replica')).rejects.toThrow(/permission denied/);
    } finally {
      await app.query('ROLLBACK');
    }
  });

  it('cannot disable or drop the audit log trigger', async () => {
    await expect(app.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only')).rejects.toThrow(/must be owner of table audit_log/);
    await expect(app.query('ALTER TABLE audit_log DISABLE TRIGGER ALL')).rejects.toThrow(/must be owner of table audit_log/);
    await expect(app.query('DROP TRIGGER audit_log_append_only ON audit_log')).rejects.toThrow(/must be owner of (table|relation) audit_log/);
    await expect(app.query('CREATE OR REPLACE FUNCTION audit_log_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$')).rejects.toThrow(
      'permission denied for schema public',
    );
  });

  it('cannot alter, drop or empty any table, nor create one', async () => {
    const { rows: tables } = await owner.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY relname`,
    );
    expect(tables.map((table) => table.name)).toEqual(expect.arrayContaining(['audit_log', 'users', 'action_items', 'migrations']));
    for (const { name } of tables) {
      await expect(app.query(`ALTER TABLE "${name}" ADD COLUMN tampered integer`)).rejects.toThrow(`must be owner of table ${name}`);
      await expect(app.query(`DROP TABLE "${name}"`)).rejects.toThrow(`must be owner of table ${name}`);
      await expect(app.query(`TRUNCATE "${name}"`)).rejects.toThrow(`permission denied for table ${name}`);
    }
    await expect(app.query('CREATE TABLE public.shadow (id integer)')).rejects.toThrow(/permission denied for schema public/);
    await expect(app.query('SET ROLE postgres')).rejects.toThrow(/permission denied to set role/);
  });

  it('cannot change or delete an audit row, nor touch the migrations', async () => {
    const before = await auditRows();
    expect(before).toBeGreaterThan(0);
    await expect(app.query(`UPDATE audit_log SET action = 'tampered'`)).rejects.toThrow('permission denied for table audit_log');
    await expect(app.query('DELETE FROM audit_log')).rejects.toThrow('permission denied for table audit_log');
    await expect(app.query(`SELECT id FROM audit_log ORDER BY id LIMIT 1 FOR UPDATE`)).rejects.toThrow('permission denied for table audit_log');
    await expect(app.query('DELETE FROM migrations')).rejects.toThrow('permission denied for table migrations');
    await expect(app.query(`SELECT setval(pg_get_serial_sequence('audit_log', 'id'), 1)`)).rejects.toThrow(/permission denied for sequence audit_log_id_seq/);
    expect(await auditRows()).toBe(before);
  });

  it('still does the api’s work: a mutation over GraphQL writes its row and its audit row', async () => {
    const token = await api.login('admin@samverkan.example');
    const before = await auditRows();
    const created = await api.gql<{ createAgency: { id: string } }>(
      'mutation { createAgency(input: { code: "ROLL", nameSv: "Rollmyndigheten", nameEn: "The Role Agency" }) { id } }',
      {},
      token,
    );
    expect(created.errors).toBeUndefined();
    const { rows } = await owner.query('SELECT action, entity_id FROM audit_log WHERE id > (SELECT max(id) - 5 FROM audit_log) ORDER BY id');
    expect(rows).toEqual(expect.arrayContaining([{ action: 'agency.create', entity_id: created.data!.createAgency.id }]));
    expect(await auditRows()).toBe(before + 1);
  });
});
