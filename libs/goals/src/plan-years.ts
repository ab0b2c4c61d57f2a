import { Plan } from '@samverkan/plan';
import { GoalsException, GoalsExceptionCode } from './goals.exception';

/** Goals are followed up per calendar year; these are the years a plan's period touches. */
export function planYears(plan: Plan): { first: number; last: number } {
  return { first: Number(plan.periodStart.slice(0, 4)), last: Number(plan.periodEnd.slice(0, 4)) };
}

export function assertYearInPlan(plan: Plan, year: number, field: string): void {
  const { first, last } = planYears(plan);
  if (year < first || year > last) {
    throw new GoalsException(GoalsExceptionCode.YEAR_OUTSIDE_PLAN, `${field} must lie within the plan period ${first}–${last}`, field);
  }
}
