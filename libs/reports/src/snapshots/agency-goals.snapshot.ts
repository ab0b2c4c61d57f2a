import { EntityManager } from 'typeorm';
import { PdfBlock } from './pdf-block';

export interface MeasurementSnapshot {
  year: number;
  measuredOn: string | null;
  value: number;
  numerator: number | null;
  denominator: number | null;
  note: string;
}

export interface IndicatorSnapshot {
  id: string;
  name: string;
  unit: string;
  direction: string;
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  targetYear: number | null;
  /** Current figures (corrected ones left out) up to the year reported on, oldest first. */
  measurements: MeasurementSnapshot[];
}

export interface GoalSnapshot {
  id: string;
  title: string;
  statement: string;
  scope: string;
  /** The agency's assessment for the year reported on, if made. */
  assessment: { outcome: string; justification: string } | null;
  indicators: IndicatorSnapshot[];
}

/** The agency's goals in the plan as they stood at submission. */
export interface AgencyGoalsSnapshot {
  goals: GoalSnapshot[];
}

/** Two queries: the goals with the year's assessment, then their indicators with their measurements. */
export async function buildAgencyGoalsSnapshot(tx: EntityManager, planId: string, agencyId: string, year: number): Promise<AgencyGoalsSnapshot> {
  const goals: Omit<GoalSnapshot, 'indicators'>[] = await tx.query(
    `SELECT g.id, g.title, g.statement, g.scope,
            CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('outcome', a.outcome, 'justification', a.justification) END AS assessment
       FROM goals g
       LEFT JOIN goal_assessments a ON a.goal_id = g.id AND a.year = $3
      WHERE g.plan_id = $1 AND g.agency_id = $2 AND (g.first_year IS NULL OR g.first_year <= $3)
      ORDER BY g.title, g.id`,
    [planId, agencyId, year],
  );
  const indicators: (IndicatorSnapshot & { goalId: string })[] = goals.length === 0 ? [] : await tx.query(
    `SELECT i.goal_id AS "goalId", i.id, i.name, i.unit, i.direction,
            i.baseline_value AS "baselineValue", i.baseline_year AS "baselineYear",
            i.target_value AS "targetValue", i.target_year AS "targetYear",
            coalesce(json_agg(json_build_object(
              'year', m.year, 'measuredOn', m.measured_on, 'value', m.value,
              'numerator', m.numerator, 'denominator', m.denominator, 'note', m.note
            ) ORDER BY m.year, m.measured_on NULLS FIRST, m.created_at) FILTER (WHERE m.id IS NOT NULL), '[]') AS measurements
       FROM goal_indicators i
       LEFT JOIN indicator_measurements m
              ON m.indicator_id = i.id AND m.year <= $2
             AND NOT EXISTS (SELECT 1 FROM indicator_measurements c WHERE c.supersedes_id = m.id)
      WHERE i.goal_id = ANY($1::uuid[])
      GROUP BY i.id
      ORDER BY i.name, i.id`,
    [goals.map((goal) => goal.id), year],
  );
  return {
    goals: goals.map((goal) => ({
      ...goal,
      indicators: indicators.filter((indicator) => indicator.goalId === goal.id).map(({ goalId: _goal, ...indicator }) => indicator),
    })),
  };
}

const figure = (value: number | null, year: number | null): string => (value === null ? '–' : `${value}${year === null ? '' : ` (${year})`}`);

export function describeAgencyGoalsSnapshot(snapshot: AgencyGoalsSnapshot): PdfBlock[] {
  if (snapshot.goals.length === 0) return [{ title: 'Goals', lines: ['The agency had no goals in the plan.'] }];
  return snapshot.goals.map((goal) => ({
    title: `Goal: ${goal.title}`,
    lines: [
      goal.statement,
      goal.assessment ? `Assessment: ${goal.assessment.outcome}${goal.assessment.justification ? ` – ${goal.assessment.justification}` : ''}` : 'Assessment: not made',
      ...goal.indicators.flatMap((indicator) => [
        `Indicator ${indicator.name} (${indicator.unit}): baseline ${figure(indicator.baselineValue, indicator.baselineYear)}, target ${figure(indicator.targetValue, indicator.targetYear)}`,
        ...indicator.measurements.map((m) => `  ${m.measuredOn ?? m.year}: ${m.value}${m.numerator !== null ? ` (${m.numerator} of ${m.denominator})` : ''}`),
      ]),
    ],
  }));
}
