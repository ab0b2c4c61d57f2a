import { EntityManager } from 'typeorm';
import { PlanVocabulary } from './report-document';

/** The plan's development areas (by number) and perspectives (by code) that report sections refer to. */
export async function loadPlanVocabulary(tx: EntityManager, planId: string): Promise<PlanVocabulary> {
  const [areas, perspectives] = await Promise.all([
    tx.query(`SELECT id, number, title FROM development_areas WHERE plan_id = $1 ORDER BY number`, [planId]),
    tx.query(`SELECT id, code, title FROM perspectives WHERE plan_id = $1 ORDER BY code`, [planId]),
  ]);
  return { areas, perspectives };
}
