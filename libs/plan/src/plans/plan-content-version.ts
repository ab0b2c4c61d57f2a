import { EntityManager } from 'typeorm';

/**
 * Every transaction that changes a plan's items calls this first. It moves
 * the plan's content version on, which tells cached reads they are out of
 * date, and its row lock serialises item writes within a plan, so roll-ups
 * computed further down the transaction see every committed sibling.
 */
export async function claimPlanContent(tx: EntityManager, planId: string): Promise<void> {
  await tx.query('UPDATE plans SET content_version = content_version + 1 WHERE id = $1', [planId]);
}
