import { AddressInfo, Server, Socket, createConnection, createServer } from 'node:net';
import { TestApi, startTestApi } from '@samverkan/testing';
import { Client } from 'pg';

/**
 * A TCP proxy in front of PostgreSQL that the test can cut and restore, as a
 * network failure or a restart would, without touching the machine's PostgreSQL.
 */
class CuttableProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  /** Listens (again, on the same port once it has one) and forwards every connection to the target; nothing when listening. */
  async restore(): Promise<void> {
    if (this.server) return;
    const server = createServer((client) => {
      const upstream = createConnection(this.target);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Drops every open connection and refuses new ones. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('while PostgreSQL is unreachable', () => {
  let proxy: CuttableProxy;
  let api: TestApi;
  let direct: Client;
  let token: string;
  let groupId: string;
  let baseUrl: string;

  beforeAll(async () => {
    proxy = new CuttableProxy({ host: '127.0.0.1', port: 5432 });
    await proxy.restore();
    api = await startTestApi({
      reachDatabaseAt: (url) => {
        const proxied = new URL(url);
        proxied.hostname = '127.0.0.1';
        proxied.port = String(proxy.port);
        return proxied.toString();
      },
    });
    direct = new Client({ connectionString: api.db.url });
    await direct.connect();
    token = await api.login('admin@samverkan.example');
    [{ id: groupId }] = (await direct.query(`SELECT id FROM groups WHERE kind = 'WORKING' AND number = 3`)).rows;
    baseUrl = api.url.replace(/\/graphql$/, '');
  });

  afterAll(async () => {
    await proxy.restore();
    await direct?.end();
    await api?.close();
    await proxy.cut();
  });

  const post = (query: string, variables: Record<string, unknown> = {}) =>
    fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
  const RENAME = 'mutation ($id: ID!, $name: String!) { updateGroup(input: { id: $id, name: $name }) { name } }';
  const auditRowsFor = async (name: string): Promise<number> =>
    (await direct.query(`SELECT count(*)::int AS n FROM audit_log WHERE after->>'name' = $1`, [name])).rows[0].n;

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After, to queries, mutations and exports, writes nothing, and serves the first request once it is back', async () => {
    await proxy.cut();

    const query = await post('{ plans { id title } }');
    expect(query.status).toBe(503);
    expect(query.headers.get('retry-after')).toBe('5');
    const queryBody = (await query.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(queryBody.errors.map((error) => error.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(queryBody.errors[0]!.message).toBe('The database is unavailable; try again in a few seconds');

    const mutation = await post(RENAME, { id: groupId, name: 'Renamed while the database was away' });
    expect(mutation.status).toBe(503);
    expect(mutation.headers.get('retry-after')).toBe('5');
    expect(((await mutation.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');

    const csv = await fetch(`${baseUrl}/exports/action-items.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(csv.status).toBe(503);
    expect(csv.headers.get('retry-after')).toBe('5');
    expect(((await csv.json()) as { error: { code: string } }).error.code).toBe('SERVICE_UNAVAILABLE');

    const ready = await fetch(`${baseUrl}/health/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { checks: Record<string, string> }).checks).toMatchObject({ postgres: 'down' });

    await proxy.restore();

    const first = await post('{ plans { id title } }');
    expect(first.status).toBe(200);
    expect(((await first.json()) as { errors?: unknown }).errors).toBeUndefined();
    // Nothing of the refused mutation was written, neither the change nor its audit row.
    const [{ name }] = (await direct.query(`SELECT name FROM groups WHERE id = $1`, [groupId])).rows;
    expect(name).not.toBe('Renamed while the database was away');
    expect(await auditRowsFor('Renamed while the database was away')).toBe(0);
    const renamed = await post(RENAME, { id: groupId, name: 'Renamed after the database came back' });
    expect(renamed.status).toBe(200);
    expect(((await renamed.json()) as { data: unknown }).data).toEqual({ updateGroup: { name: 'Renamed after the database came back' } });
    expect((await fetch(`${baseUrl}/health/ready`)).status).toBe(200);
  });
});
