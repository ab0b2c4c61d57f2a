import type { Me, PlanSummary } from '../../app/session';
import { yearsOf } from '../overview/overview-data';

/** Address parameters, Swedish like the page paths. */
export const YEAR_PARAM = 'ar';
export const AGENCY_PARAM = 'myndighet';

export function yearsOfPlan(plan: Pick<PlanSummary, 'periodStart' | 'periodEnd'>): number[] {
  return yearsOf(plan.periodStart, plan.periodEnd);
}

/** The year whose follow-up the pages show: the one asked for in the address, else this year, kept within the plan's years. */
export function followUpYear(asked: string | null, years: readonly number[], now = new Date()): number {
  const wanted = Number(asked);
  if (years.includes(wanted)) return wanted;
  const first = years[0] ?? now.getFullYear();
  const last = years.at(-1) ?? now.getFullYear();
  return Math.min(Math.max(now.getFullYear(), first), last);
}

/**
 * Whether to offer the forms: the agency's own representatives write its
 * goals. The API decides (and refuses everyone else); this only spares others
 * forms they could not use.
 */
export function mayWriteGoalsOf(me: Me, agencyId: string): boolean {
  return me.agency.id === agencyId && me.effectiveRoles.includes('AGENCY_REPRESENTATIVE');
}

export function agencyName(agency: { nameSv: string; nameEn: string }, english: boolean): string {
  return english ? agency.nameEn : agency.nameSv;
}
