import { IndicatorUnit } from './indicator.entity';
import { measuredFigure, progressTowardTarget } from './indicator-figures';

describe('progress toward the target', () => {
  it.each([
    ['halfway up', 70, 90, 80, 0.5],
    ['at the baseline', 70, 90, 70, 0],
    ['past the target, not clamped', 70, 90, 95, 1.25],
    ['below the baseline, not clamped', 70, 90, 60, -0.5],
    // Lower is better: 40 → 10, now 25: (25 − 40) / (10 − 40) = −15 / −30.
    ['halfway down', 40, 10, 25, 0.5],
  ])('is a share of the way: %s', (_what, baselineValue, targetValue, value, expected) => {
    expect(progressTowardTarget({ baselineValue, targetValue }, value)).toBeCloseTo(expected, 10);
  });

  it('is null without a baseline or a target, or when they are equal', () => {
    expect(progressTowardTarget({ baselineValue: null, targetValue: 90 }, 80)).toBeNull();
    expect(progressTowardTarget({ baselineValue: 70, targetValue: null }, 80)).toBeNull();
    expect(progressTowardTarget({ baselineValue: 70, targetValue: 70 }, 80)).toBeNull();
  });

  it('is null, never Infinity or NaN, for a baseline and target a denormal apart', () => {
    expect(progressTowardTarget({ baselineValue: 0, targetValue: 5e-324 }, 100)).toBeNull();
    expect(progressTowardTarget({ baselineValue: 0, targetValue: 1e-300 }, 1e300)).toBeNull();
  });
});

describe('a measured figure', () => {
  it('is the share numerator / denominator for a ratio', () => {
    expect(measuredFigure(IndicatorUnit.RATIO, { numerator: 1300, denominator: 2800 })).toEqual({ value: 1300 / 2800, numerator: 1300, denominator: 2800 });
  });

  it('is the value itself for a count or a percent', () => {
    expect(measuredFigure(IndicatorUnit.PERCENT, { value: 87, numerator: null })).toEqual({ value: 87, numerator: null, denominator: null });
  });
});
