/** How long one check may take before it counts as down: a probe must answer within its own timeout. */
const CHECK_TIMEOUT_MS = 2_000;

export type CheckStatus = 'up' | 'down';

/** What /health/ready answers: 200 when every check is up, else 503 naming what is down. No details beyond that. */
export interface HealthReport {
  status: 'ready' | 'unavailable';
  checks: Record<string, CheckStatus>;
}

/** A check passes by resolving; it fails by rejecting or by taking too long. */
export type HealthCheck = () => Promise<unknown>;

export async function healthReport(checks: Record<string, HealthCheck>): Promise<HealthReport> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]): Promise<[string, CheckStatus]> => [name, (await passes(check)) ? 'up' : 'down']),
  );
  return {
    status: entries.every(([, status]) => status === 'up') ? 'ready' : 'unavailable',
    checks: Object.fromEntries(entries),
  };
}

export function httpStatusOf(report: HealthReport): number {
  return report.status === 'ready' ? 200 : 503;
}

export const LIVE = { status: 'live' } as const;

async function passes(check: HealthCheck): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS)));
  try {
    return await Promise.race([check().then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
