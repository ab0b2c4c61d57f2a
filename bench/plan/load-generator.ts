import { Agent, request } from 'node:http';

/**
 * A load generator for one GraphQL request, run in a process of its own so it
 * does not share the API's CPU time slice. Two modes:
 * - `rate`: open loop, a request every 1/rate seconds whatever the answers;
 *   latency counts from when the request was due, so a slow server shows in
 *   the percentiles instead of silently lowering the rate.
 * - `connections`: closed loop, that many requests in flight at all times,
 *   for throughput.
 */
export interface LoadSpec {
  name: string;
  url: string;
  body: string;
  headers: Record<string, string>;
  durationMs: number;
  rate?: number;
  connections?: number;
  /** Give every request a variable of its own, so no answer can be served from a cache. */
  uncached?: boolean;
}

export interface LoadResult {
  name: string;
  mode: string;
  requests: number;
  failures: number;
  seconds: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/**
 * Open-loop requests beyond this many unanswered are dropped and counted as
 * failures, as a load balancer's queue limit would: a server that falls
 * behind is then not buried under a backlog that spoils the runs after it.
 */
const MAX_IN_FLIGHT = 500;
/** A request unanswered after this long is a failure; so is one still open this long after the run's end. */
const REQUEST_TIMEOUT_MS = 10_000;

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

let requestNumber = 0;

function bodyOf(spec: LoadSpec): string {
  if (!spec.uncached) return spec.body;
  const { query, variables } = JSON.parse(spec.body) as { query: string; variables?: Record<string, unknown> };
  requestNumber += 1;
  return JSON.stringify({ query, variables: { ...variables, request: requestNumber } });
}

function send(agent: Agent, spec: LoadSpec): Promise<boolean> {
  const url = new URL(spec.url);
  return new Promise((resolve) => {
    const req = request(
      { agent, hostname: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', ...spec.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve(res.statusCode === 200 && !Buffer.concat(chunks).includes('"errors"')));
        res.on('error', () => resolve(false));
      },
    );
    req.on('error', () => resolve(false));
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy());
    req.end(bodyOf(spec));
  });
}

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(spec.url)) throw new Error('The load generator talks to 127.0.0.1 only');
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const ends = started + spec.durationMs;
  if (spec.rate) {
    const agent = new Agent({ keepAlive: true, maxSockets: 256 });
    const interval = 1000 / spec.rate;
    const pending = new Set<Promise<void>>();
    let sent = 0;
    while (performance.now() < ends) {
      const due = started + sent * interval;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      if (pending.size >= MAX_IN_FLIGHT) {
        failures += 1;
      } else {
        const request = send(agent, spec).then((ok) => {
          if (ok) latencies.push(performance.now() - due);
          else failures += 1;
          pending.delete(request);
        });
        pending.add(request);
      }
      sent += 1;
    }
    await Promise.race([Promise.all(pending), new Promise((resolve) => setTimeout(resolve, REQUEST_TIMEOUT_MS))]);
    failures += pending.size;
    agent.destroy();
  } else {
    const connections = spec.connections ?? 1;
    const agent = new Agent({ keepAlive: true, maxSockets: connections });
    const worker = async (): Promise<void> => {
      while (performance.now() < ends) {
        const start = performance.now();
        if (await send(agent, spec)) latencies.push(performance.now() - start);
        else failures += 1;
      }
    };
    await Promise.all(Array.from({ length: connections }, worker));
    agent.destroy();
  }
  const seconds = (performance.now() - started) / 1000;
  const sorted = Float64Array.from(latencies).sort();
  return {
    name: spec.name,
    mode: `${spec.rate ? `${spec.rate} req/s open loop` : `${spec.connections} connections`}${spec.uncached ? ', uncached' : ''}`,
    requests: latencies.length,
    failures,
    seconds,
    throughput: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : 0,
  };
}

// As a child process: specs in over IPC one at a time, a result out for each; it ends when the parent disconnects.
if (require.main === module && process.send) {
  process.on('message', (spec: LoadSpec) => {
    runLoad(spec)
      .then((result) => process.send!(result))
      .catch((error: unknown) => {
        console.error(error);
        process.exit(1);
      });
  });
  process.on('disconnect', () => process.exit(0));
}
