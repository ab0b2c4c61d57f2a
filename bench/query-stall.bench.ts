/**
 * Benchmark, not a test: how long the most expensive operations the limits
 * still allow take on the server, and what they do to a small query another
 * person sends meanwhile. Local only (127.0.0.1). Run with
 *   npx jest --testRegex 'bench/query-stall\.bench\.ts$' --testTimeout 600000
 * It prints a Markdown table for docs/benchmarks.md. Target: the small
 * query's p95 stays under 50 ms while the worst allowed operation runs.
 */
import { TestApi, startTestApi } from '@samverkan/testing';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const aliased = (n: number, field: string): string => `{ ${Array.from({ length: n }, (_, i) => `f${i}: ${field}`).join(' ')} }`;

/** Candidates for the worst operation still allowed by the default limits, and the one refused before validation. */
const OPERATIONS: Record<string, string> = {
  '20 aliased `plans { id }` (root-field limit)': aliased(20, 'plans { id }'),
  '`users(first: 100)` with memberships': '{ users(first: 100) { nodes { id email memberships { role group { name } } } } }',
  '`actionItems(first: 100)` with history and check-ins': '{ actionItems(first: 100) { nodes { id title history(first: 10) { nodes { action } } checkIns(first: 10) { nodes { narrative } } } } }',
  '9,998 aliased `me { id }` (refused while parsing)': aliased(9_998, 'me { id }'),
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

describe('query stall benchmark', () => {
  let api: TestApi;
  let token: string;
  let other: string;

  beforeAll(async () => {
    api = await startTestApi({ config: { rateLimitPerUser: 1_000_000, rateLimitPerAddress: 1_000_000 } });
    token = await api.login('admin@samverkan.example');
    other = await api.login('styrgrupp.fk@samverkan.example');
  });
  afterAll(() => api.close());

  async function timed(query: string, bearer: string): Promise<{ ms: number; status: number }> {
    const started = performance.now();
    const response = await api.gql(query, {}, bearer);
    return { ms: performance.now() - started, status: response.status };
  }

  it('measures', async () => {
    const rows: string[] = ['| operation | status | server time p50 | max | small query p50 while it runs | p95 | max |', '|---|---|---|---|---|---|---|'];
    const idle: number[] = [];
    for (let i = 0; i < 200; i += 1) idle.push((await timed('{ plans { id } }', other)).ms);
    idle.sort((a, b) => a - b);
    rows.push(`| none (idle) | 200 | | | ${percentile(idle, 50).toFixed(1)} ms | ${percentile(idle, 95).toFixed(1)} ms | ${idle.at(-1)!.toFixed(1)} ms |`);
    for (const [name, query] of Object.entries(OPERATIONS)) {
      const heavy: number[] = [];
      const small: number[] = [];
      let status = 0;
      const until = Date.now() + SECONDS * 1000;
      // Two callers repeat the heavy operation back to back; a third sends the small query.
      const heavyLoop = async (): Promise<void> => {
        while (Date.now() < until) {
          const result = await timed(query, token);
          status = result.status;
          heavy.push(result.ms);
        }
      };
      const smallLoop = async (): Promise<void> => {
        while (Date.now() < until) {
          small.push((await timed('{ plans { id } }', other)).ms);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      };
      await Promise.all([heavyLoop(), heavyLoop(), smallLoop()]);
      heavy.sort((a, b) => a - b);
      small.sort((a, b) => a - b);
      rows.push(
        `| ${name} | ${status} | ${percentile(heavy, 50).toFixed(1)} ms | ${heavy.at(-1)!.toFixed(1)} ms | ${percentile(small, 50).toFixed(1)} ms | ${percentile(small, 95).toFixed(1)} ms | ${small.at(-1)!.toFixed(1)} ms |`,
      );
    }
    console.log(rows.join('\n'));
  });
});
