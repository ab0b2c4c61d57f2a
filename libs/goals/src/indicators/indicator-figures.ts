import { Plan } from '@samverkan/plan';
import { GoalsException, GoalsExceptionCode } from '../goals.exception';
import { assertYearInPlan, planYears } from '../plan-years';
import { IndicatorDirection, IndicatorUnit } from './indicator.entity';

/**
 * Figures are reported to at most six decimals and well below a trillion:
 * finer or larger values are no measurement, and a baseline and target a
 * denormal apart would make every share of the way infinite.
 */
const SMALLEST_NONZERO_FIGURE = 1e-6;
const LARGEST_FIGURE = 1e12;

/** Every figure of an indicator (baseline, target, measurement) is expressed in its unit. */
export function assertValueFitsUnit(unit: IndicatorUnit, value: number, field: string): void {
  if (!Number.isFinite(value) || Math.abs(value) > LARGEST_FIGURE || (value !== 0 && Math.abs(value) < SMALLEST_NONZERO_FIGURE)) {
    throw new GoalsException(GoalsExceptionCode.VALUE_OUT_OF_RANGE, `${field} must be 0 or between ${SMALLEST_NONZERO_FIGURE} and ${LARGEST_FIGURE}`, field);
  }
  const fits = {
    [IndicatorUnit.COUNT]: () => Number.isInteger(value) && value >= 0,
    [IndicatorUnit.PERCENT]: () => value >= 0 && value <= 100,
    [IndicatorUnit.RATIO]: () => value >= 0 && value <= 1,
  }[unit]();
  if (!fits) {
    const expected = { COUNT: 'a whole number, 0 or more', PERCENT: 'between 0 and 100', RATIO: 'a share between 0 and 1' }[unit];
    throw new GoalsException(GoalsExceptionCode.VALUE_OUT_OF_RANGE, `${field} must be ${expected} for a ${unit.toLowerCase()} indicator`, field);
  }
}

export interface IndicatorPlanFigures {
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  targetYear: number | null;
}

function assertPaired(value: number | null, year: number | null, valueField: string, yearField: string): void {
  if (value === null && year !== null) throw new GoalsException(GoalsExceptionCode.INCOMPLETE_FIGURE, `${valueField} is required with ${yearField}`, valueField);
  if (value !== null && year === null) throw new GoalsException(GoalsExceptionCode.INCOMPLETE_FIGURE, `${yearField} is required with ${valueField}`, yearField);
}

/**
 * Baseline and target are each a value with its year. A baseline may predate
 * the plan (it is often measured before the work starts) but not follow it;
 * the target lies within the plan period, not before the baseline, and not on
 * the worse side of the baseline.
 */
export function assertBaselineAndTarget(plan: Plan, figures: IndicatorPlanFigures): void {
  const { unit, direction, baselineValue, baselineYear, targetValue, targetYear } = figures;
  assertPaired(baselineValue, baselineYear, 'input.baselineValue', 'input.baselineYear');
  assertPaired(targetValue, targetYear, 'input.targetValue', 'input.targetYear');
  if (baselineValue !== null) assertValueFitsUnit(unit, baselineValue, 'input.baselineValue');
  if (targetValue !== null) assertValueFitsUnit(unit, targetValue, 'input.targetValue');
  if (baselineYear !== null && baselineYear > planYears(plan).last) {
    throw new GoalsException(GoalsExceptionCode.YEAR_OUTSIDE_PLAN, `input.baselineYear must not lie after the plan period`, 'input.baselineYear');
  }
  if (targetYear !== null) assertYearInPlan(plan, targetYear, 'input.targetYear');
  if (baselineYear === null || targetYear === null || baselineValue === null || targetValue === null) return;
  if (targetYear < baselineYear) {
    throw new GoalsException(GoalsExceptionCode.TARGET_BEFORE_BASELINE, 'input.targetYear must not be before input.baselineYear', 'input.targetYear');
  }
  const worse = direction === IndicatorDirection.HIGHER_IS_BETTER ? targetValue < baselineValue : targetValue > baselineValue;
  if (worse) {
    throw new GoalsException(GoalsExceptionCode.VALUE_OUT_OF_RANGE, `input.targetValue must not be worse than the baseline when ${direction.toLowerCase().replaceAll('_', ' ')}`, 'input.targetValue');
  }
}

/** A measured figure: a value, or for a ratio the numerator and denominator it is the share of. */
export interface MeasuredFigure {
  value: number;
  numerator: number | null;
  denominator: number | null;
}

export function measuredFigure(unit: IndicatorUnit, input: { value?: number | null; numerator?: number | null; denominator?: number | null }): MeasuredFigure {
  const { value = null, numerator = null, denominator = null } = input;
  if (unit === IndicatorUnit.RATIO) {
    if (numerator === null) throw new GoalsException(GoalsExceptionCode.INCOMPLETE_FIGURE, 'input.numerator is required for a ratio', 'input.numerator');
    if (denominator === null) throw new GoalsException(GoalsExceptionCode.INCOMPLETE_FIGURE, 'input.denominator is required for a ratio', 'input.denominator');
    if (value !== null) throw new GoalsException(GoalsExceptionCode.INCOMPLETE_FIGURE, 'For a ratio the value is numerator / denominator: leave input.value out', 'input.value');
    if (numerator > denominator) {
      throw new GoalsException(GoalsExceptionCode.NUMERATOR_EXCEEDS_DENOMINATOR, 'input.numerator must not be larger than input.denominator', 'input.numerator');
    }
    return { value: numerator / denominator, numerator, denominator };
  }
  if (value === null) throw new GoalsException(GoalsExceptionCode.INCOMPLETE_FIGURE, 'input.value is required', 'input.value');
  if (numerator !== null || denominator !== null) {
    const field = numerator !== null ? 'input.numerator' : 'input.denominator';
    throw new GoalsException(GoalsExceptionCode.INCOMPLETE_FIGURE, `${field} belongs to ratio indicators only`, field);
  }
  assertValueFitsUnit(unit, value, 'input.value');
  return { value, numerator: null, denominator: null };
}

/**
 * How far a value has come from the baseline toward the target, as a share of
 * the way: 0 at the baseline, 1 at the target. The same formula serves both
 * directions (for lower-is-better both differences are negative). Not
 * clamped: beyond the target gives more than 1, a move away from it less than
 * 0, so the figure never hides overshoot or decline. Null without a baseline
 * and a target, when they are equal, or when the share is not a finite number.
 */
export function progressTowardTarget(indicator: Pick<IndicatorPlanFigures, 'baselineValue' | 'targetValue'>, value: number): number | null {
  const { baselineValue, targetValue } = indicator;
  if (baselineValue === null || targetValue === null || targetValue === baselineValue) return null;
  const share = (value - baselineValue) / (targetValue - baselineValue);
  // Total over whatever rows are stored: a share that does not compute is no share, never an error on every read.
  return Number.isFinite(share) ? share : null;
}
