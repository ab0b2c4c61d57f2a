/**
 * What the goal page derives from the API's figures, as text in the
 * indicator's unit: the yearly figures the chart and the table beside it both
 * show, and the measurement history with corrections and what they replaced.
 */
import type { TFunction } from 'i18next';
import type { IndicatorUnit } from '../../gql/graphql';
import { formatNumber, formatPercent } from '../../i18n/format';

export interface Figure {
  value: number;
  numerator?: number | null;
  denominator?: number | null;
}

/** A RATIO is a share 0–1; the chart and the texts show it, like PERCENT, in per cent. */
export function chartValue(unit: IndicatorUnit, value: number): number {
  return unit === 'RATIO' ? value * 100 : value;
}

/** "2 000", "87 %", "1 300 av 2 800 (46 %)"; a ratio's baseline or target has no counts and reads as its share. */
export function figureText(t: TFunction, unit: IndicatorUnit, figure: Figure): string {
  if (unit === 'COUNT') return formatNumber(figure.value);
  const percent = formatPercent(chartValue(unit, figure.value));
  if (unit === 'RATIO' && figure.numerator != null && figure.denominator != null) {
    return t('goals.figure.ratio', { numerator: formatNumber(figure.numerator), denominator: formatNumber(figure.denominator), percent });
  }
  return percent;
}

export interface IndicatorLike {
  unit: IndicatorUnit;
  baselineValue?: number | null;
  baselineYear?: number | null;
  targetValue?: number | null;
  targetYear?: number | null;
  series: readonly ({ year: number } & Figure)[];
}

/** A figure as the chart draws it (per cent for shares) and as the table writes it. */
export interface ChartFigure {
  value: number;
  text: string;
}

export interface YearFigure {
  year: number;
  /** null in a year without a measurement. */
  measured: ChartFigure | null;
}

export interface YearlyFigures {
  years: YearFigure[];
  baseline: (ChartFigure & { year: number | null }) | null;
  target: (ChartFigure & { year: number | null }) | null;
}

/** One list for the chart and its table: every year of the plan (and any measured year outside it), the baseline and the target. */
export function yearlyFigures(t: TFunction, indicator: IndicatorLike, planYears: readonly number[]): YearlyFigures {
  const byYear = new Map(indicator.series.map((point) => [point.year, point]));
  const years = [...new Set([...planYears, ...byYear.keys()])].sort((a, b) => a - b);
  const reference = (value: number | null | undefined, year: number | null | undefined) =>
    value == null ? null : { value: chartValue(indicator.unit, value), text: figureText(t, indicator.unit, { value }), year: year ?? null };
  return {
    years: years.map((year) => {
      const point = byYear.get(year);
      return { year, measured: point ? { value: chartValue(indicator.unit, point.value), text: figureText(t, indicator.unit, point) } : null };
    }),
    baseline: reference(indicator.baselineValue, indicator.baselineYear),
    target: reference(indicator.targetValue, indicator.targetYear),
  };
}

export interface MeasurementLike extends Figure {
  id: string;
  year: number;
  measuredOn?: string | null;
  note: string;
  supersedesId?: string | null;
  supersededById?: string | null;
  correctionReason?: string | null;
  createdAt: string;
}

export interface MeasurementRow<M extends MeasurementLike> {
  measurement: M;
  /** Why it was replaced: the reason the correction gives; null while current. */
  replacedBecause: string | null;
}

/** A baseline or target as the table and the indicator's details write it: "70 % (2020)". */
export function referenceText(t: TFunction, figure: YearlyFigures['baseline']): string {
  if (!figure) return t('goals.figure.none');
  return figure.year ? t('goals.figure.withYear', { figure: figure.text, year: figure.year }) : figure.text;
}

/** The history by year, then in the order recorded, each corrected figure with the reason of the correction that replaced it. */
export function measurementRows<M extends MeasurementLike>(history: readonly M[]): MeasurementRow<M>[] {
  const byId = new Map(history.map((measurement) => [measurement.id, measurement]));
  return history
    .map((measurement, order) => ({ measurement, order }))
    .sort((a, b) => a.measurement.year - b.measurement.year || a.order - b.order)
    .map(({ measurement }) => ({
      measurement,
      replacedBecause: measurement.supersededById ? (byId.get(measurement.supersededById)?.correctionReason ?? '') : null,
    }));
}
