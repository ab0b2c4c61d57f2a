import 'reflect-metadata';
import { ChildProcess, fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import { GeneratedVolume, prepareBenchmarkDatabase } from './generate-plan-data';
import { LoadResult, LoadSpec } from './load-generator';

/**
 * `npm run bench`: generates a plan in a scratch database, starts the built
 * API against it, drives load at it from a second process (127.0.0.1 only,
 * bounded in time), and writes the results into docs/benchmarks.md.
 *
 * BENCH_SECONDS (latency runs, default 60, 5–120), BENCH_THROUGHPUT_SECONDS
 * (default 20, 5–60), BENCH_ADMIN_DATABASE_URL (default the local postgres).
 */
/** The built tree this runs from (dist/bench/plan → dist), and the repository it documents (the working directory). */
const DIST = resolve(__dirname, '../..');
const DOCS = join(process.cwd(), 'docs', 'benchmarks.md');
const ADMIN_URL = process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const bounded = (value: string | undefined, fallback: number, min: number, max: number): number => Math.min(max, Math.max(min, Number(value ?? fallback) || fallback));
const LATENCY_SECONDS = bounded(process.env.BENCH_SECONDS, 60, 5, 120);
const THROUGHPUT_SECONDS = bounded(process.env.BENCH_THROUGHPUT_SECONDS, 20, 5, 60);
const RATE = 200;
const UNCACHED_RATE = 20;
const CONNECTIONS = 50;
const STEERING_LOGIN = { email: 'styrgrupp.fk@samverkan.example', password: 'Samverkan-demo-2019' };

const QUERIES = {
  baseline: '{ __typename }',
  overview: `query Overview($plan: ID!) { planOverview(planId: $plan) {
    computedAt
    totals { items completion averageProgress overdue stale byStatus { planned inProgress done blocked cancelled } byHealth { onTrack atRisk offTrack } }
    byGroup { id label items completion overdue stale byHealth { atRisk offTrack } }
    byDevelopmentArea { id label items completion overdue stale }
    byLeadAgency { id label items completion overdue stale }
    byPerspective { id label items completion overdue stale }
    oldestOpenRisks { id title health healthSince }
    dueSoon { id title dueDate }
  } }`,
  items: `query Items($plan: ID!) { actionItems(planId: $plan, first: 100) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id title status health progress dueDate owner { displayName } leadAgency { code } participatingAgencies { code } group { name } latestCheckIn { postedAt narrative } }
  } }`,
};
type QueryName = keyof typeof QUERIES;

const TARGETS: Partial<Record<QueryName, number>> = { overview: 50, items: 80 };
const LABELS: Record<QueryName, string> = {
  baseline: '`{ __typename }` (baseline)',
  overview: 'Steering-group overview (`planOverview`)',
  items: 'Items list, 100 items with owner, agencies, group, latest check-in (`actionItems`)',
};

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
    server.on('error', reject);
  });
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function graphql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function waitForApi(url: string, api: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`The API exited with code ${api.exitCode}`);
    try {
      await graphql(url, '{ __typename }');
      return;
    } catch {
      await new Promise((wait) => setTimeout(wait, 250));
    }
  }
  throw new Error('The API did not answer within 60 s');
}

/** After an open-loop run that fell behind, waits until the API has worked off its backlog, so the next run starts clean. */
async function settle(url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const started = Date.now();
    await graphql(url, '{ __typename }').catch(() => undefined);
    if (Date.now() - started < 50) return;
    await new Promise((wait) => setTimeout(wait, 1_000));
  }
}

/**
 * The load generator, a process of its own so its work is not counted against
 * the API; started once, it runs the loads one after another.
 */
class LoadProcess {
  private readonly child: ChildProcess = fork(join(__dirname, 'load-generator.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });

  run(spec: LoadSpec): Promise<LoadResult> {
    return new Promise((resolveResult, reject) => {
      const timer = setTimeout(() => reject(new Error(`${spec.name}: no result within its time`)), spec.durationMs + 60_000);
      const exited = (code: number | null): void => reject(new Error(`The load generator exited with code ${code}`));
      this.child.once('exit', exited);
      this.child.once('message', (result: LoadResult) => {
        clearTimeout(timer);
        this.child.off('exit', exited);
        resolveResult(result);
      });
      this.child.send(spec);
    });
  }

  stop(): void {
    if (this.child.connected) this.child.disconnect();
  }
}

const ms = (value: number): string => value.toFixed(1);
const fmt = (value: number): string => Math.round(value).toLocaleString('en-GB');

function report(volume: GeneratedVolume, latency: LoadResult[], throughput: LoadResult[], context: Record<string, string>): string {
  const baseline = throughput.find((r) => r.name === 'baseline')!;
  const latencyRows = latency.map((r) => {
    const target = TARGETS[r.name as QueryName]!;
    const judged = r.mode.endsWith('uncached') ? '— | —' : `< ${target} | ${r.p95 < target && r.failures === 0 ? 'yes' : 'no'}`;
    return `| ${LABELS[r.name as QueryName]} | ${r.mode} | ${fmt(r.requests)} | ${r.failures} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${judged} |`;
  });
  const throughputRows = throughput.map((r) => {
    const ratio = r.throughput / baseline.throughput;
    const met = r.name === 'baseline' ? '—' : ratio >= 0.4 ? 'yes' : 'no';
    return `| ${LABELS[r.name as QueryName]}${r.mode.endsWith('uncached') ? ', uncached' : ''} | ${fmt(r.throughput)} | ${fmt(r.requests)} | ${r.failures} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${(ratio * 100).toFixed(0)} % | ${met} |`;
  });
  return `## Shared action plan: overview and items list

Measured ${context.date} by \`npm run bench\` on ${context.machine}; ${context.software}.
The API (one process, built), PostgreSQL, Redis and the load generator (a second process) all ran on this machine.
Load average (1 min) ${context.loadBefore} before and ${context.loadAfter} after the runs${Number(context.loadBefore) > 1.5 ? ': other work was running on the machine too, so treat the figures as a floor, not a ceiling' : ''}.

Data (\`bench/plan/generate-plan-data.ts\`): the seeded 2019–2021 plan with its 3 working groups, ${fmt(volume.items)} action items
(${volume.byDepth.map(fmt).join(' / ')} at levels 1 / 2 / 3), ${fmt(volume.checkIns)} check-ins and ${fmt(volume.meetings)} meetings.
Every request is authenticated (a steering-group member's bearer token), so each one also resolves the caller and passes the rate limiter.

### Latency at a fixed request rate (open loop, ${LATENCY_SECONDS} s each)

Latency counts from when each request was due, so a server that falls behind shows in the percentiles (no coordinated omission);
a request unanswered after 10 s counts as a failure. The uncached runs use ${UNCACHED_RATE} req/s: computing every answer takes more
CPU than this machine can give 200 of them a second (see the throughput table), and an open loop above capacity only measures the queue.

| query | load | requests | failures | p50 ms | p95 ms | p99 ms | max ms | target p95 ms | met |
|---|---|---|---|---|---|---|---|---|---|
${latencyRows.join('\n')}

### Throughput at ${CONNECTIONS} connections (closed loop, ${THROUGHPUT_SECONDS} s each, one after another on the same server)

| query | req/s | requests | failures | p50 ms | p95 ms | p99 ms | of baseline | ≥ 40 % |
|---|---|---|---|---|---|---|---|---|
${throughputRows.join('\n')}

A repeated read is answered from a cache that is checked against PostgreSQL on every request
(\`libs/plan/src/read-cache\`): it never answers from before a committed write, on any replica
(\`test/plan/read-cache.e2e-spec.ts\`, \`test/plan/plan-overview.e2e-spec.ts\`), and is at most 5 s old for the
time-dependent stale and overdue flags. Rows marked *uncached* give every request a variable of its own, so
each one is computed in full: the page and its total, one batched statement per nested relation (owner,
agencies, group, latest check-in), and for the overview one aggregate statement and two short lists
(the overview's own figures are still reused for up to 5 s when nothing was written, \`PlanOverviewCache\`).

### Where the time goes

Measured apart from these runs with a CPU profile of the API (\`node --cpu-prof\`, 2026-11-23). Every request,
\`{ __typename }\` included, verifies the token, resolves the caller (one statement) and passes the rate limiter
(one Redis round trip); a cacheable read also reads the write mark (one statement). A cached answer is then only
serialised. A computed items page runs seven more statements (the page, its total, owners, participating agencies, agencies,
groups and latest check-ins, each batched for the whole page) and resolves about 1,200 fields; about a sixth of its CPU time
is garbage collection and a tenth is writing statements to PostgreSQL over loopback TCP.
Three changes outside the plan module took the computed items page from 59 to 118 requests a second at 10
connections, and \`{ __typename }\` from 1,356 to 1,880 (8-second runs, same machine): nested field resolvers no
longer run inside Nest's per-call filter pipeline (their errors are mapped in \`formatGraphqlError\` instead),
Apollo's cache-control plugin, which timed every field, is off, and tokens are verified with a key object made
once (given a string, the JWT library tried to parse it as a public key on every request).
The API is one Node.js process, so it has one core for this work: computed pages at a few hundred a second need
more API replicas (they are stateless), not a different database plan.

### Reproduce

\`\`\`sh
npm run bench                                   # build, generate, start the API, measure, update this section
BENCH_SECONDS=10 BENCH_THROUGHPUT_SECONDS=5 npm run bench   # a quick run
DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> node dist/bench/plan/generate-plan-data.js [--replace]   # the data only
\`\`\`
`;
}

const START = '<!-- plan-benchmarks:start -->';
const END = '<!-- plan-benchmarks:end -->';

/** Replaces this benchmark's section of docs/benchmarks.md and leaves the rest of the file alone. */
function writeSection(section: string): string {
  const path = DOCS;
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const block = `${START}\n${section}${END}\n`;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next = start >= 0 && end > start ? current.slice(0, start) + block + current.slice(end + END.length + 1) : `${current.trimEnd()}\n\n${block}`;
  writeFileSync(path, next);
  return path;
}

async function main(): Promise<void> {
  const stamp = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const database = `sv_bench_${stamp}`;
  const databaseUrl = Object.assign(new URL(ADMIN_URL), { pathname: `/${database}` }).toString();
  const redisPrefix = `sv-bench:${stamp}`;
  let api: ChildProcess | null = null;
  const load = new LoadProcess();
  await admin((client) => client.query(`CREATE DATABASE "${database}"`));
  try {
    console.log(`Generating the plan in ${database} …`);
    const volume = await prepareBenchmarkDatabase(databaseUrl);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/graphql`;
    api = spawn(process.execPath, [join(DIST, 'apps/api/src/main.js')], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        REDIS_URL,
        REDIS_PREFIX: redisPrefix,
        JWT_SECRET: randomBytes(32).toString('hex'),
        LOG_LEVEL: 'warn',
        // The benchmark is one caller at a high rate, which the production limits would rightly refuse.
        RATE_LIMIT_PER_USER: '1000000',
        RATE_LIMIT_PER_ADDRESS: '1000000',
      },
    });
    await waitForApi(url, api);
    const login = await graphql(url, 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }', STEERING_LOGIN);
    const token = (login.login as { accessToken: string }).accessToken;
    const spec = (name: QueryName, load: Partial<LoadSpec>): LoadSpec => ({
      name,
      url,
      body: JSON.stringify({ query: QUERIES[name], variables: name === 'baseline' ? {} : { plan: volume.planId } }),
      headers: { authorization: `Bearer ${token}` },
      durationMs: 5_000,
      ...load,
    });

    const loadBefore = loadavg()[0]!.toFixed(2);
    for (const name of Object.keys(QUERIES) as QueryName[]) await load.run(spec(name, { connections: 10, durationMs: 3_000 }));
    // Each query twice: repeated as a dashboard would (answered from the read cache), and different every time (computed).
    const runs: [QueryName, boolean][] = [['overview', false], ['items', false], ['overview', true], ['items', true]];
    const throughput: LoadResult[] = [];
    for (const [name, uncached] of [['baseline', false], ...runs] as [QueryName, boolean][]) {
      console.log(`Throughput: ${name}${uncached ? ' (uncached)' : ''} at ${CONNECTIONS} connections for ${THROUGHPUT_SECONDS} s …`);
      throughput.push(await load.run(spec(name, { connections: CONNECTIONS, durationMs: THROUGHPUT_SECONDS * 1000, uncached })));
    }
    const latency: LoadResult[] = [];
    // The run most likely to fall behind goes last.
    for (const [name, uncached] of [['overview', false], ['overview', true], ['items', true], ['items', false]] as [QueryName, boolean][]) {
      // Computing every answer costs more CPU than this machine has for 200 a second, so those runs use a rate it can serve.
      const rate = uncached ? UNCACHED_RATE : RATE;
      console.log(`Latency: ${name}${uncached ? ' (uncached)' : ''} at ${rate} req/s for ${LATENCY_SECONDS} s …`);
      latency.push(await load.run(spec(name, { rate, durationMs: LATENCY_SECONDS * 1000, uncached })));
      await settle(url);
    }
    const [{ server_version: version }] = (await admin((client) => client.query<{ server_version: string }>('SHOW server_version'))).rows;
    const cpu = cpus();
    const path = writeSection(
      report(volume, latency, throughput, {
        date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
        machine: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM`,
        software: `Node.js ${process.version}, PostgreSQL ${version}`,
        loadBefore,
        loadAfter: loadavg()[0]!.toFixed(2),
      }),
    );
    console.table([...latency, ...throughput].map(({ name, mode, requests, failures, throughput: rps, p50, p95, p99 }) => ({ name, mode, requests, failures, rps: Math.round(rps), p50: ms(p50), p95: ms(p95), p99: ms(p99) })));
    console.log(`Wrote ${path}`);
  } finally {
    load.stop();
    api?.kill('SIGTERM');
    await admin((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${redisPrefix}*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    redis.disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
