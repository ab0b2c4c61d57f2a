import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { followUpYear } from './goal-choices';
import { measurementRows, yearlyFigures } from './goal-figures';
import { IndicatorTable } from './indicator-chart';
import { parseFigure } from './measurement-forms';
import { MeasurementHistory } from './measurement-history';

const i18n = createI18n('SV');
const t = i18n.t.bind(i18n);
const PLAN_YEARS = [2019, 2020, 2021];
/** sv-SE groups digits and sets "%" apart with (narrow) no-break spaces; the tests compare plain text. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const plainDeep = <T,>(value: T): T => JSON.parse(plain(JSON.stringify(value))) as T;

const trained = {
  unit: 'RATIO' as const,
  baselineValue: 0.25,
  baselineYear: 2019,
  targetValue: 0.8,
  targetYear: 2021,
  series: [
    { year: 2019, value: 1300 / 2800, numerator: 1300, denominator: 2800 },
    { year: 2021, value: 0.6, numerator: 1680, denominator: 2800 },
  ],
};

const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader').textContent, ...within(row).getAllByRole('cell').map((cell) => plain(cell.textContent))]);

describe('the indicator chart and its table', () => {
  it('draws every plan year from one list, a ratio in per cent, with a gap where nothing is measured', () => {
    const figures = yearlyFigures(t, trained, PLAN_YEARS);
    expect(figures.years.map(({ year, measured }) => [year, measured && Math.round(measured.value * 10) / 10])).toEqual([
      [2019, 46.4],
      [2020, null],
      [2021, 60],
    ]);
    expect(plainDeep(figures.baseline)).toEqual({ value: 25, text: '25 %', year: 2019 });
    expect(plainDeep(figures.target)).toEqual({ value: 80, text: '80 %', year: 2021 });
  });

  it('shows in the table exactly the figures the chart is drawn from, with the baseline and target of its lines', () => {
    const figures = yearlyFigures(t, trained, PLAN_YEARS);
    render(
      <I18nextProvider i18n={i18n}>
        <IndicatorTable figures={figures} caption="Utbildade handläggare" />
      </I18nextProvider>,
    );
    const table = screen.getByRole('table', { name: 'Utbildade handläggare' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['År', 'Uppmätt', 'Utgångsvärde', 'Mål']);
    expect(rows(table)).toEqual([
      ['2019', '1 300 av 2 800 (46 %)', '25 % (2019)', '80 % (2021)'],
      ['2020', 'Ingen mätning', '25 % (2019)', '80 % (2021)'],
      ['2021', '1 680 av 2 800 (60 %)', '25 % (2019)', '80 % (2021)'],
    ]);
  });

  it('has columns for the baseline and target only when the chart draws their lines', () => {
    render(
      <I18nextProvider i18n={i18n}>
        <IndicatorTable figures={yearlyFigures(t, { ...trained, baselineValue: null, targetValue: null }, PLAN_YEARS)} caption="Utan mål" />
      </I18nextProvider>,
    );
    const table = screen.getByRole('table', { name: 'Utan mål' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['År', 'Uppmätt']);
    expect(rows(table)[0]).toEqual(['2019', '1 300 av 2 800 (46 %)']);
  });

  it('writes counts as numbers and percentages as per cent, and says when a baseline is not set', () => {
    const counted = yearlyFigures(t, { unit: 'COUNT', series: [{ year: 2021, value: 2000 }] }, PLAN_YEARS);
    expect(plainDeep(counted.years.at(-1)!.measured)).toEqual({ value: 2000, text: '2 000' });
    expect(counted.baseline).toBeNull();
    const share = yearlyFigures(t, { unit: 'PERCENT', baselineValue: 70, baselineYear: 2020, series: [{ year: 2021, value: 87 }] }, PLAN_YEARS);
    expect(plainDeep([share.years.at(-1)!.measured, share.baseline])).toEqual([
      { value: 87, text: '87 %' },
      { value: 70, text: '70 %', year: 2020 },
    ]);
  });
});

describe('the measurement history', () => {
  const recorded = { id: 'm1', year: 2021, value: 0.5, numerator: 1400, denominator: 2800, note: 'Första räkningen', supersededById: 'm3', createdAt: '2021-11-02T09:00:00Z' };
  const earlier = { id: 'm2', year: 2019, value: 1300 / 2800, numerator: 1300, denominator: 2800, note: '', supersededById: null, createdAt: '2021-11-01T09:00:00Z' };
  const correction = {
    id: 'm3',
    year: 2021,
    value: 1300 / 2800,
    numerator: 1300,
    denominator: 2800,
    note: '',
    supersedesId: 'm1',
    supersededById: null,
    correctionReason: 'Dubbletter i registret',
    createdAt: '2021-11-03T09:00:00Z',
  };

  it('orders by year, keeps the recorded order within a year and gives a replaced figure its correction’s reason', () => {
    expect(measurementRows([recorded, earlier, correction]).map((row) => [row.measurement.id, row.replacedBecause])).toEqual([
      ['m2', null],
      ['m1', 'Dubbletter i registret'],
      ['m3', null],
    ]);
  });

  it('strikes the replaced figure through and says in words that it is replaced, and why', () => {
    render(
      <I18nextProvider i18n={i18n}>
        <MeasurementHistory unit="RATIO" history={[recorded, earlier, correction]} caption="Mätningar" />
      </I18nextProvider>,
    );
    const table = screen.getByRole('table', { name: 'Mätningar' });
    const [, replaced, current] = within(table).getAllByRole('row').slice(1);
    const figure = within(replaced!).getAllByRole('cell')[0]!;
    expect(plain(figure.querySelector('del')?.textContent)).toBe('1 400 av 2 800 (50 %)');
    expect(plain(figure.textContent)).toBe('1 400 av 2 800 (50 %) Ersatt');
    expect(within(replaced!).getByText('Ersatt av en rättelse. Skäl: Dubbletter i registret')).toBeTruthy();
    expect(within(current!).getAllByRole('cell')[0]!.querySelector('del')).toBeNull();
    expect(within(current!).getByText('Rättelse. Skäl: Dubbletter i registret')).toBeTruthy();
  });
});

describe('the figures people type and the year shown', () => {
  it('reads Swedish numbers and leaves anything else to the API', () => {
    expect([parseFigure('2 800'), parseFigure('87,5'), parseFigure(''), parseFigure('många')]).toEqual([2800, 87.5, null, null]);
  });

  it('shows the year asked for, else this year kept within the plan', () => {
    expect(followUpYear('2020', PLAN_YEARS)).toBe(2020);
    expect(followUpYear('2030', PLAN_YEARS, new Date('2026-12-07'))).toBe(2021);
    expect(followUpYear(null, PLAN_YEARS, new Date('2020-03-01'))).toBe(2020);
  });
});
