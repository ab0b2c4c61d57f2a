import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { TreeItemFragment } from '../../gql/graphql';
import { createI18n } from '../../i18n/i18n';
import { ItemTree, type UseSubItems } from './item-tree';

const item = (id: string, title: string, depth: number, children: string[] = [], overrides: Partial<TreeItemFragment> = {}): TreeItemFragment => ({
  id,
  title,
  status: 'IN_PROGRESS',
  health: 'ON_TRACK',
  progress: 40,
  startDate: '2020-01-01',
  dueDate: '2021-06-30',
  overdue: false,
  stale: false,
  depth,
  parent: null,
  owner: { id: 'u', displayName: 'Elin Forsberg' },
  leadAgency: { id: 'mv', code: 'MV', nameSv: 'Migrationsverket', nameEn: 'Swedish Migration Agency' },
  group: { id: 'g2', number: 2 },
  subItems: children.map((child) => ({ id: child })),
  ...overrides,
});

const CHILDREN: Record<string, TreeItemFragment[]> = {
  a: [item('a1', 'Broschyr', 2, ['a1x']), item('a2', 'Webbsida', 2)],
  a1: [item('a1x', 'Översättning', 3)],
};
const useFixedSubItems: UseSubItems = (parentId) => ({ items: CHILDREN[parentId], loading: false });

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function renderTree() {
  const roots = [item('a', 'Informationsinsats', 1, ['a1', 'a2'], { health: 'AT_RISK', overdue: true }), item('b', 'Utbildning', 1)];
  render(
    <I18nextProvider i18n={createI18n('SV')}>
      <MemoryRouter>
        <Routes>
          <Route path="*" element={<><ItemTree items={roots} useSubItems={useFixedSubItems} caption="Åtgärder" showParent={false} /><Where /></>} />
        </Routes>
      </MemoryRouter>
    </I18nextProvider>,
  );
}

const row = (name: string) => screen.getByText(name).closest('tr')!;
const focused = () => (document.activeElement as HTMLElement).closest('tr')?.querySelector('a')?.textContent;
const press = (key: string) => act(() => void fireEvent.keyDown(document.activeElement!, { key }));

describe('the action plan tree', () => {
  it('is a treegrid with levels, positions, expansion state and one row in the tab order', () => {
    renderTree();
    expect(screen.getByRole('treegrid', { name: 'Åtgärder' })).toBeTruthy();
    const first = row('Informationsinsats');
    expect(first.getAttribute('aria-level')).toBe('1');
    expect(first.getAttribute('aria-posinset')).toBe('1');
    expect(first.getAttribute('aria-setsize')).toBe('2');
    expect(first.getAttribute('aria-expanded')).toBe('false');
    expect(row('Utbildning').hasAttribute('aria-expanded')).toBe(false);
    expect(first.tabIndex).toBe(0);
    expect(row('Utbildning').tabIndex).toBe(-1);
    // Status and health are text, not colour alone; a parent's progress says it is rolled up.
    expect(first.textContent).toContain('Pågår');
    expect(first.textContent).toContain('Risk');
    expect(first.textContent).toContain('Försenad');
    expect(first.textContent).toContain('(sammanräknat)');
    expect(row('Utbildning').textContent).not.toContain('(sammanräknat)');
  });

  it('is used with the keyboard: arrows move and open, Left goes back to the parent, Home and End jump', () => {
    renderTree();
    act(() => row('Informationsinsats').focus());
    press('ArrowRight');
    expect(row('Informationsinsats').getAttribute('aria-expanded')).toBe('true');
    expect(row('Broschyr').getAttribute('aria-level')).toBe('2');
    expect(focused()).toBe('Informationsinsats');
    press('ArrowRight');
    expect(focused()).toBe('Broschyr');
    press('ArrowRight');
    press('ArrowRight');
    expect(focused()).toBe('Översättning');
    expect(row('Översättning').getAttribute('aria-level')).toBe('3');
    press('ArrowLeft');
    expect(focused()).toBe('Broschyr');
    press('ArrowLeft');
    expect(row('Broschyr').getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('Översättning')).toBeNull();
    press('ArrowDown');
    expect(focused()).toBe('Webbsida');
    press('End');
    expect(focused()).toBe('Utbildning');
    press('ArrowUp');
    expect(focused()).toBe('Webbsida');
    press('Home');
    expect(focused()).toBe('Informationsinsats');
    expect(row('Informationsinsats').tabIndex).toBe(0);
    expect(row('Webbsida').tabIndex).toBe(-1);
  });

  it('opens the item on Enter', () => {
    renderTree();
    act(() => row('Utbildning').focus());
    press('Enter');
    expect(screen.getByTestId('where').textContent).toBe('/atgarder/b');
  });
});
