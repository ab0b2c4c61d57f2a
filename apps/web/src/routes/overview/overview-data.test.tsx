import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { everyRow, exportQuery, filtersFrom, itemMatches, onlyChosen, reportMatches, searchOf, statusBars, yearsOf } from './overview-data';
import { StatusTable } from './status-chart';

const counts = (planned: number, inProgress: number, blocked: number, done: number, cancelled: number) => ({ planned, inProgress, blocked, done, cancelled });
const rows = [
  { id: 'g1', label: 'Arbetsgrupp 1', items: 7, byStatus: counts(1, 3, 1, 2, 0) },
  { id: 'g2', label: 'Arbetsgrupp 2', items: 4, byStatus: counts(0, 2, 0, 1, 1) },
  { id: 'g3', label: 'Arbetsgrupp 3', items: 0, byStatus: counts(0, 0, 0, 0, 0) },
];

describe('the overview filters in the address', () => {
  it('reads the Swedish parameters and ignores a year that is not one', () => {
    expect(filtersFrom(new URLSearchParams('ar=2020&grupp=g2&omrade=&myndighet=a1'))).toEqual({
      year: 2020,
      group: 'g2',
      area: null,
      agency: 'a1',
      perspective: null,
    });
    expect(filtersFrom(new URLSearchParams('ar=tjugo')).year).toBeNull();
  });

  it('writes back only the filters that are set, so the address round-trips', () => {
    const filters = { year: 2021, group: null, area: 'd1', agency: null, perspective: 'p1' };
    expect(searchOf(filters).toString()).toBe('ar=2021&omrade=d1&perspektiv=p1');
    expect(filtersFrom(searchOf(filters))).toEqual(filters);
  });

  it('gives the exports the plan and the year, the arguments they accept', () => {
    expect(exportQuery('plan-1', { year: 2020, group: 'g2', area: null, agency: null, perspective: null })).toBe('planId=plan-1&year=2020');
    expect(exportQuery('plan-1', { year: null, group: null, area: null, agency: null, perspective: null })).toBe('planId=plan-1');
  });

  it('narrows a breakdown to the chosen row, and lists by every filter set', () => {
    expect(onlyChosen(rows, 'g2').map((row) => row.id)).toEqual(['g2']);
    expect(onlyChosen(rows, null)).toHaveLength(3);
    const item = { groupId: 'g2', developmentAreaId: 'd1', leadAgencyId: 'a1', perspectives: [{ id: 'p1' }, { id: 'p2' }] };
    expect(itemMatches(item, { year: null, group: 'g2', area: null, agency: null, perspective: 'p2' })).toBe(true);
    expect(itemMatches(item, { year: null, group: 'g2', area: 'd9', agency: null, perspective: null })).toBe(false);
    expect(reportMatches({ groupId: 'g1', agencyId: null }, { year: null, group: 'g2', area: null, agency: null, perspective: null })).toBe(false);
    expect(reportMatches({ groupId: null, agencyId: 'a1' }, { year: null, group: null, area: 'd1', agency: 'a1', perspective: null })).toBe(true);
  });

  it('shows every group, with zeros for one the API counted nothing for, in the plan’s order', () => {
    const known = [
      { id: 'g0', label: 'Arbetsgrupp 0' },
      { id: 'g1', label: 'Arbetsgrupp 1' },
      { id: 'g2', label: 'Arbetsgrupp 2' },
    ];
    const empty = (id: string, label: string) => ({ id, label, items: 0, byStatus: counts(0, 0, 0, 0, 0) });
    const all = everyRow(known, [rows[1]!, rows[0]!], empty);
    expect(all.map((row) => [row.id, row.items])).toEqual([
      ['g0', 0],
      ['g1', 7],
      ['g2', 4],
    ]);
  });

  it('offers every year of the plan period', () => {
    expect(yearsOf('2019-01-01', '2021-12-31')).toEqual([2019, 2020, 2021]);
  });
});

describe('the status chart and its table', () => {
  it('has a bar for every group, also one with no items, with the totals of its statuses', () => {
    const bars = statusBars(rows);
    expect(bars.map((bar) => [bar.label, bar.total])).toEqual([
      ['Arbetsgrupp 1', 7],
      ['Arbetsgrupp 2', 4],
      ['Arbetsgrupp 3', 0],
    ]);
  });

  it('shows in the table exactly the numbers the chart is drawn from', () => {
    const bars = statusBars(rows);
    render(
      <I18nextProvider i18n={createI18n('SV')}>
        <StatusTable bars={bars} caption="Antal åtgärder per status och arbetsgrupp" />
      </I18nextProvider>,
    );
    const table = screen.getByRole('table', { name: 'Antal åtgärder per status och arbetsgrupp' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Arbetsgrupp', 'Planerad', 'Pågår', 'Blockerad', 'Klar', 'Avbruten', 'Totalt']);
    const body = within(table).getAllByRole('row').slice(1);
    expect(body.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['1', '3', '1', '2', '0', '7'],
      ['0', '2', '0', '1', '1', '4'],
      ['0', '0', '0', '0', '0', '0'],
    ]);
    expect(within(body[2]!).getByRole('rowheader').textContent).toBe('Arbetsgrupp 3');
  });
});
