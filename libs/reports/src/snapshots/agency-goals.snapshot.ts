import { AssessmentOutcome, IndicatorUnit } from '@samverkan/goals';
import { EntityManager } from 'typeorm';
import { ReportLabels, formatDate, formatNumber } from '../content/report-labels';
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

/** A figure in the indicator's unit: a count as it is, a percentage or a share (0–1) as per cent. */
function formatFigure(value: number, unit: string, labels: ReportLabels): string {
  if (unit === IndicatorUnit.RATIO) return `${formatNumber(Math.round(value * 1000) / 10, labels)} %`;
  if (unit === IndicatorUnit.PERCENT) return `${formatNumber(value, labels)} %`;
  return formatNumber(value, labels);
}

function figureOfYear(value: number | null, year: number | null, unit: string, labels: ReportLabels): string {
  if (value === null) return '–';
  return `${formatFigure(value, unit, labels)}${year === null ? '' : ` (${year})`}`;
}

function measured(m: MeasurementSnapshot, unit: string, labels: ReportLabels): string {
  const when = m.measuredOn ? formatDate(m.measuredOn, labels) : String(m.year);
  const parts = m.numerator !== null && m.denominator !== null ? ` (${formatNumber(m.numerator, labels)} ${labels.of} ${formatNumber(m.denominator, labels)})` : '';
  return `${when}: ${formatFigure(m.value, unit, labels)}${parts}`;
}

export function describeAgencyGoalsSnapshot(snapshot: AgencyGoalsSnapshot, labels: ReportLabels): PdfBlock[] {
  if (snapshot.goals.length === 0) return [{ heading: labels.goals, paragraphs: [labels.noGoals], table: null }];
  const [name, unit, baseline, target, measurements] = labels.indicatorColumns;
  return snapshot.goals.map((goal) => ({
    heading: labels.goal(goal.title),
    paragraphs: [
      goal.statement,
      goal.assessment
        ? `${labels.assessment}: ${labels.outcome[goal.assessment.outcome as AssessmentOutcome] ?? goal.assessment.outcome}` +
          `${goal.assessment.justification ? ` – ${goal.assessment.justification}` : ''}`
        : `${labels.assessment}: ${labels.notAssessed}`,
    ],
    table:
      goal.indicators.length === 0
        ? null
        : {
            columns: [
              { header: name, width: '*' },
              { header: unit, width: 50 },
              { header: baseline, width: 78 },
              { header: target, width: 78 },
              { header: measurements, width: 150 },
            ],
            rows: goal.indicators.map((indicator) => [
              indicator.name,
              labels.unit[indicator.unit as IndicatorUnit] ?? indicator.unit,
              figureOfYear(indicator.baselineValue, indicator.baselineYear, indicator.unit, labels),
              figureOfYear(indicator.targetValue, indicator.targetYear, indicator.unit, labels),
              indicator.measurements.length === 0 ? labels.noMeasurements : indicator.measurements.map((m) => measured(m, indicator.unit, labels)).join('\n'),
            ]),
          },
  }));
}
