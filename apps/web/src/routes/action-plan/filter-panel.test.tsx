import { fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { ActionPlanQuery } from '../../gql/graphql';
import { createI18n } from '../../i18n/i18n';
import { FilterPanel } from './filter-panel';
import { parseFilters } from './item-filters';

const plan: ActionPlanQuery['plan'] = {
  id: 'plan',
  title: 'Planen',
  periodStart: '2019-01-01',
  periodEnd: '2021-12-31',
  groups: [
    { id: 'steering', name: 'Styrgrupp', number: 0, kind: 'STEERING' },
    { id: 'g2', name: 'Information', number: 2, kind: 'WORKING' },
  ],
  developmentAreas: [
    { id: 'a1', number: 1, title: 'Rutiner', subTopics: [] },
    {
      id: 'a2',
      number: 2,
      title: 'Information',
      subTopics: [
        { id: 's1', title: 'Utåtriktad information' },
        { id: 's2', title: 'Regionalt och lokalt stöd' },
      ],
    },
  ],
  perspectives: [{ id: 'p1', title: 'Barn som far illa' }],
  agencies: [{ agency: { id: 'mv', code: 'MV', nameSv: 'Migrationsverket', nameEn: 'Swedish Migration Agency' } }],
};

function renderPanel(address: string) {
  const onApply = vi.fn();
  render(
    <I18nextProvider i18n={createI18n('SV')}>
      <FilterPanel plan={plan} filters={parseFilters(new URLSearchParams(address))} onApply={onApply} />
    </I18nextProvider>,
  );
  return onApply;
}

describe('the action plan filter panel', () => {
  it('shows the filters of the address as chosen, with labels', () => {
    renderPanel('grupp=g2&status=BLOCKED&forsenade=ja&text=broschyr');
    expect((screen.getByLabelText('Arbetsgrupp') as HTMLSelectElement).value).toBe('g2');
    expect((screen.getByLabelText('Blockerad') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Pågår') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText('Försenade') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Sök i titel och beskrivning') as HTMLInputElement).value).toBe('broschyr');
    // Only working groups can own items.
    expect(screen.queryByRole('option', { name: 'Arbetsgrupp 0' })).toBeNull();
  });

  it('applies what the person chose, from the first page', () => {
    const onApply = renderPanel('efter=cursor');
    fireEvent.change(screen.getByLabelText('Myndighet'), { target: { value: 'mv' } });
    fireEvent.change(screen.getByLabelText('Myndighetens roll'), { target: { value: 'participating' } });
    fireEvent.click(screen.getByLabelText('Risk'));
    fireEvent.click(screen.getByLabelText('Inaktuella (ingen avstämning på länge)'));
    fireEvent.change(screen.getByLabelText('Sortera efter'), { target: { value: 'TITLE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Visa' }));
    expect(onApply).toHaveBeenCalledWith({
      groupId: undefined,
      developmentAreaId: undefined,
      subTopicId: undefined,
      agencyId: 'mv',
      agencyRole: 'participating',
      perspectiveId: undefined,
      status: [],
      health: ['AT_RISK'],
      overdue: false,
      stale: true,
      text: '',
      sort: 'TITLE',
    });
  });

  it('offers the sub-topics of the area chosen, and applies one only with its area', () => {
    const onApply = renderPanel('omrade=a2&delomrade=s2');
    expect((screen.getByLabelText('Delområde') as HTMLSelectElement).value).toBe('s2');
    // Another area: its own sub-topics (none here), so no sub-topic is applied.
    fireEvent.change(screen.getByLabelText('Utvecklingsområde'), { target: { value: 'a1' } });
    expect(screen.queryByLabelText('Delområde')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Visa' }));
    expect(onApply).toHaveBeenLastCalledWith(expect.objectContaining({ developmentAreaId: 'a1', subTopicId: undefined }));
    // Back to the area with sub-topics: they are offered, none chosen, until one is.
    fireEvent.change(screen.getByLabelText('Utvecklingsområde'), { target: { value: 'a2' } });
    expect(screen.getAllByRole('option', { name: /Utåtriktad information|Regionalt och lokalt stöd/ })).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('Delområde'), { target: { value: 's1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Visa' }));
    expect(onApply).toHaveBeenLastCalledWith(expect.objectContaining({ developmentAreaId: 'a2', subTopicId: 's1' }));
  });

  it('clears every filter but keeps the sorting', () => {
    const onApply = renderPanel('grupp=g2&halsa=OFF_TRACK&sortering=titel');
    fireEvent.click(screen.getByRole('button', { name: 'Rensa filter' }));
    expect(onApply).toHaveBeenCalledWith({ agencyRole: 'any', status: [], health: [], overdue: false, stale: false, text: '', sort: 'TITLE' });
  });
});
