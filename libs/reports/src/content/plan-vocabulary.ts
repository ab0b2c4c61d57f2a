import { EntityManager } from 'typeorm';
import { PlanVocabulary } from './report-document';

/** The plan's development areas (by number) and perspectives (by code) that report sections refer to. */
export async function loadPlanVocabulary(tx: EntityManager, planId: string): Promise<PlanVocabulary> {
  // One after the other: a transaction has one connection, which runs one query at a time.
  const areas = await tx.query(`SELECT id, number, title FROM development_areas WHERE plan_id = $1 ORDER BY number`, [planId]);
  const perspectives = await tx.query(`SELECT id, code, title FROM perspectives WHERE plan_id = $1 ORDER BY code`, [planId]);
  return { areas, perspectives };
}
