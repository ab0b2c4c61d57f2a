import { EntityManager } from 'typeorm';
import { PlanException, PlanExceptionCode } from '../plan.exception';
import { Plan } from './plan.entity';

/** The one rule for every dated thing in a plan (item start and due dates, meetings, revisions), as the schema states it. */
export const WITHIN_PLAN_PERIOD = 'within the plan period (periodStart–periodEnd, inclusive)';

/** Each date given must lie within the plan's period; a failure names its field. */
export async function assertWithinPlanPeriod(tx: EntityManager, planId: string, dates: Record<string, string | null | undefined>): Promise<void> {
  const given = Object.entries(dates).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  if (given.length === 0) return;
  const plan = await tx.findOneByOrFail(Plan, { id: planId });
  for (const [field, date] of given) {
    if (date < plan.periodStart || date > plan.periodEnd) {
      throw new PlanException(PlanExceptionCode.DATE_OUTSIDE_PERIOD, `${field} must lie within the plan period ${plan.periodStart} – ${plan.periodEnd}`, field);
    }
  }
}
