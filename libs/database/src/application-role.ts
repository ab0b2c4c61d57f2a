import type { ApplicationRole } from '@samverkan/config';
import { Client, escapeIdentifier, escapeLiteral } from 'pg';

/**
 * The api and worker connect as an application role that owns nothing: it
 * cannot alter a table, switch a trigger off or set session_replication_role
 * (those need the owner or a superuser), so the database's own rules, the
 * append-only audit log first, hold against the application too.
 */

/** Tables the application reads but never writes. */
const READ_ONLY_TABLES = ['migrations'];
/** Tables the application only appends to. */
const APPEND_ONLY_TABLES = ['audit_log'];
/** One grant step at a time per database: replicas migrating at boot together must not collide. */
const GRANT_LOCK = 'samverkan:application-role';

const ROLE_ATTRIBUTES = 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS';
const DUPLICATE_OBJECT = '42710';
const UNIQUE_VIOLATION = '23505';
const INSUFFICIENT_PRIVILEGE = '42501';
/** "tuple concurrently updated": another database's migrate changed the same (cluster-wide) role at once. */
const CONCURRENTLY_UPDATED = 'XX000';

export class ApplicationRoleError extends Error {}

/**
 * Creates the application role when missing and gives it exactly what the api
 * and worker need in the connected database: SELECT, INSERT, UPDATE and DELETE
 * on the tables, only SELECT and INSERT on the audit log, only SELECT on the
 * migrations, USAGE on the sequences; nothing else. Run by the schema owner
 * after every migration run, so tables added later are covered; idempotent and
 * safe to run from several databases of one server at once (roles are shared).
 *
 * Takes a pg Client, not a DataSource: statements that fail are logged with
 * their text, and CREATE ROLE carries the password.
 */
export async function grantApplicationRole(client: Client, role: ApplicationRole): Promise<void> {
  await ensureRole(client, role);
  await assertRoleHoldsNoPower(client, role.name);
  const app = escapeIdentifier(role.name);
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [GRANT_LOCK]);
    const { rows: databases } = await client.query<{ name: string }>('SELECT current_database() AS name');
    await client.query(`GRANT CONNECT ON DATABASE ${escapeIdentifier(databases[0]!.name)} TO ${app}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${app}`);
    await client.query(`REVOKE CREATE ON SCHEMA public FROM ${app}`);
    // From nothing each time: a privilege granted by hand or by an older release does not linger.
    await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${app}`);
    await client.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${app}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`);
    for (const table of await existingTables(client, READ_ONLY_TABLES)) {
      await client.query(`REVOKE INSERT, UPDATE, DELETE ON ${escapeIdentifier(table)} FROM ${app}`);
    }
    for (const table of await existingTables(client, APPEND_ONLY_TABLES)) {
      await client.query(`REVOKE UPDATE, DELETE ON ${escapeIdentifier(table)} FROM ${app}`);
    }
    await client.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${app}`);
    const { rows } = await client.query<{ create: boolean }>(`SELECT has_schema_privilege($1, 'public', 'CREATE') AS create`, [role.name]);
    if (rows[0]!.create) {
      throw new ApplicationRoleError(
        `The application role "${role.name}" may create tables in schema public (granted to PUBLIC): run REVOKE CREATE ON SCHEMA public FROM PUBLIC as its owner`,
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Connects with the owner's URL for one grant step. */
export async function grantApplicationRoleAt(ownerUrl: string, role: ApplicationRole): Promise<void> {
  const client = new Client({ connectionString: ownerUrl, application_name: 'samverkan-grants' });
  await client.connect();
  try {
    await grantApplicationRole(client, role);
  } finally {
    await client.end();
  }
}

async function ensureRole(client: Client, role: ApplicationRole): Promise<void> {
  const password = role.password === null ? '' : ` PASSWORD ${escapeLiteral(role.password)}`;
  const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role.name]);
  if (rowCount === 0) {
    try {
      await client.query(`CREATE ROLE ${escapeIdentifier(role.name)} ${ROLE_ATTRIBUTES}${password}`);
      return;
    } catch (error) {
      const code = sqlState(error);
      if (code === INSUFFICIENT_PRIVILEGE) {
        throw new ApplicationRoleError(
          `The application role "${role.name}" does not exist and the owner's connection (DATABASE_URL) may not create roles: ` +
            `create it once as a superuser: CREATE ROLE ${escapeIdentifier(role.name)} ${ROLE_ATTRIBUTES} PASSWORD '...' (docs/operations.md)`,
        );
      }
      // Another database's migrate created it a moment ago.
      if (code !== DUPLICATE_OBJECT && code !== UNIQUE_VIOLATION) throw error;
    }
  }
  if (role.password === null) return;
  // The password in APP_DATABASE_URL is the one that must work; the owner may lack the right to set it (a role created by hand).
  try {
    await client.query(`ALTER ROLE ${escapeIdentifier(role.name)}${password}`);
  } catch (error) {
    const code = sqlState(error);
    if (code !== INSUFFICIENT_PRIVILEGE && code !== CONCURRENTLY_UPDATED) throw error;
  }
}

/** Refuses a role that could undo the point of having one. */
async function assertRoleHoldsNoPower(client: Client, name: string): Promise<void> {
  const { rows } = await client.query<{ powers: string[]; owner: boolean }>(
    `SELECT array_remove(ARRAY[
              CASE WHEN rolsuper THEN 'SUPERUSER' END, CASE WHEN rolbypassrls THEN 'BYPASSRLS' END,
              CASE WHEN rolcreaterole THEN 'CREATEROLE' END, CASE WHEN rolcreatedb THEN 'CREATEDB' END,
              CASE WHEN rolreplication THEN 'REPLICATION' END], NULL) AS powers,
            pg_has_role($1, current_user, 'MEMBER') AS owner
       FROM pg_roles WHERE rolname = $1`,
    [name],
  );
  const { powers, owner } = rows[0]!;
  if (owner) {
    throw new ApplicationRoleError(
      `APP_DATABASE_URL connects as "${name}", which is (or is a member of) the schema owner: the application role must be a role of its own that owns nothing`,
    );
  }
  if (powers.length > 0) {
    throw new ApplicationRoleError(
      `The application role "${name}" has ${powers.join(', ')}: run ALTER ROLE ${escapeIdentifier(name)} ${ROLE_ATTRIBUTES.replace('LOGIN ', '')} as a superuser`,
    );
  }
}

async function existingTables(client: Client, names: string[]): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relname = ANY($1)`,
    [names],
  );
  return rows.map((row) => row.name);
}

function sqlState(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/**
 * What makes the connected role more than an application role: superuser or
 * BYPASSRLS, or owning (or being allowed to act as the owner of) a table,
 * which lets it alter the table and switch its triggers off. Empty when fine.
 */
export async function connectionRoleProblems(query: (sql: string) => Promise<unknown[]>): Promise<string[]> {
  const [role] = (await query(
    `SELECT current_user AS name, r.rolsuper AS superuser, r.rolbypassrls AS bypassrls,
            (SELECT count(*) FROM pg_class c
              WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'S', 'v', 'm')
                AND pg_has_role(current_user, c.relowner, 'MEMBER'))::int AS owned
       FROM pg_roles r WHERE r.rolname = current_user`,
  )) as { name: string; superuser: boolean; bypassrls: boolean; owned: number }[];
  const problems: string[] = [];
  if (role!.superuser) problems.push(`connects to PostgreSQL as "${role!.name}", a superuser`);
  else if (role!.bypassrls) problems.push(`connects to PostgreSQL as "${role!.name}", which bypasses row security`);
  if (!role!.superuser && role!.owned > 0) problems.push(`connects to PostgreSQL as "${role!.name}", which owns (or may act as the owner of) ${role!.owned} tables`);
  return problems;
}
