import { progressTowardTarget } from '../indicators/indicator-figures';
import { Indicator } from '../indicators/indicator.entity';
import { Measurement } from './measurement.entity';
import { SeriesPoint } from './series-point.type';

/**
 * One point per year from the current measurements, given in the order
 * MeasurementsService.loadCurrent returns them (year, date with whole-year
 * figures last, recording time): the year's last figure stands for the year.
 */
export function seriesOf(indicator: Indicator, current: Measurement[]): SeriesPoint[] {
  const lastOfYear = new Map<number, Measurement>();
  for (const m of current) lastOfYear.set(m.year, m);
  return [...lastOfYear.values()].map((m) => ({
    year: m.year,
    value: m.value,
    numerator: m.numerator,
    denominator: m.denominator,
    progressTowardTarget: progressTowardTarget(indicator, m.value),
    measurementId: m.id,
  }));
}
