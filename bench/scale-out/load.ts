import { performance } from 'node:perf_hooks';

/** One GraphQL error, as far as the load cares. */
interface GraphqlError {
  message: string;
  extensions?: { code?: string };
}

interface GraphqlResponse<T> {
  status: number;
  data?: T;
  errors?: GraphqlError[];
}

/** How each kind of request went: latencies of the successful ones, failures by code. */
export class LoadStats {
  private readonly latencies = new Map<string, number[]>();
  private readonly failures = new Map<string, Map<string, number>>();

  record(kind: string, ms: number, failure: string | null): void {
    if (failure === null) {
      this.latencies.set(kind, [...(this.latencies.get(kind) ?? []), ms]);
      return;
    }
    const byCode = this.failures.get(kind) ?? new Map<string, number>();
    byCode.set(failure, (byCode.get(failure) ?? 0) + 1);
    this.failures.set(kind, byCode);
  }

  /** Failed requests of a kind, whatever the code. */
  failed(kind: string): number {
    return [...(this.failures.get(kind)?.values() ?? [])].reduce((sum, count) => sum + count, 0);
  }

  /** A Markdown table row per kind. */
  rows(): string[] {
    const kinds = [...new Set([...this.latencies.keys(), ...this.failures.keys()])].sort();
    return kinds.map((kind) => {
      const sorted = [...(this.latencies.get(kind) ?? [])].sort((a, b) => a - b);
      const failed = [...(this.failures.get(kind) ?? new Map<string, number>())];
      const failures = failed.length === 0 ? '0' : failed.map(([code, count]) => `${count} ${code}`).join(', ');
      return `| ${kind} | ${sorted.length} | ${failures} | ${percentile(sorted, 50)} | ${percentile(sorted, 95)} | ${percentile(sorted, 100)} |`;
    });
  }
}

function percentile(sorted: number[], p: number): string {
  if (sorted.length === 0) return '–';
  return `${Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!)} ms`;
}

/**
 * GraphQL over HTTP to several api replicas in turn, timing every call. Its
 * `gql` has the shape of the test API's, so the reports test helpers can drive it.
 */
export class GraphqlClient {
  private next = 0;

  constructor(
    private readonly urls: string[],
    private readonly stats: LoadStats,
  ) {}

  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string | null): Promise<GraphqlResponse<T>> {
    return this.call<T>('setup: login, ids', query, variables, token);
  }

  /** One request to the next replica; the outcome is recorded under `kind`. A dropped connection counts as a failure. */
  async call<T>(kind: string, query: string, variables: Record<string, unknown>, token?: string | null): Promise<GraphqlResponse<T>> {
    const url = this.urls[this.next++ % this.urls.length]!;
    const started = performance.now();
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await response.json()) as { data?: T; errors?: GraphqlError[] };
      const failure = body.errors?.length ? (body.errors[0]!.extensions?.code ?? 'ERROR') : response.ok ? null : `HTTP ${response.status}`;
      this.stats.record(kind, performance.now() - started, failure);
      return { status: response.status, data: body.data ?? undefined, errors: body.errors };
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
      this.stats.record(kind, performance.now() - started, code);
      return { status: 0, errors: [{ message: (error as Error).message, extensions: { code } }] };
    }
  }
}

/** Runs `step` over and over until `until` passes, `lanes` at a time; a step never throws. */
export async function runLanes(lanes: number, until: () => boolean, step: (lane: number) => Promise<unknown>): Promise<void> {
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      while (!until()) await step(lane).catch(() => undefined);
    }),
  );
}
