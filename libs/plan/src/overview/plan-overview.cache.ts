import { Injectable } from '@nestjs/common';
import { PlanOverview } from './plan-overview.types';

/** How long figures that depend on the time of day (stale, overdue) may be served again. */
const MAX_AGE_MS = 5_000;
const MAX_ENTRIES = 200;

interface Entry {
  contentVersion: number;
  today: string;
  overview: PlanOverview;
}

/**
 * Overviews by plan, year and list size, each remembered with the plan's
 * content version it was computed at. Every write to a plan's items moves
 * that version on in PostgreSQL, and every read compares it first, so no
 * replica serves an overview from before a committed change.
 */
@Injectable()
export class PlanOverviewCache {
  private readonly entries = new Map<string, Entry>();

  get(key: string, contentVersion: number, now: Date, today: string): PlanOverview | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    const fresh = entry.contentVersion === contentVersion && entry.today === today && now.getTime() - entry.overview.computedAt.getTime() < MAX_AGE_MS;
    return fresh ? entry.overview : null;
  }

  set(key: string, contentVersion: number, today: string, overview: PlanOverview): void {
    this.entries.delete(key);
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { contentVersion, today, overview });
  }
}
