import { describe, expect, it } from 'vitest';
import { changedFields, shownValue } from './changed-fields';

describe('the changed fields of an audit row', () => {
  it('lists every field of a creation, as set', () => {
    expect(changedFields(null, { id: 'm1', role: 'MEMBER', groupId: 'g2' })).toEqual([
      { field: 'id', before: null, after: 'm1' },
      { field: 'role', before: null, after: 'MEMBER' },
      { field: 'groupId', before: null, after: 'g2' },
    ]);
  });

  it('lists only the fields an update altered, a cleared one included', () => {
    const before = { id: 'a', contactEmail: 'old@fk.example', tags: ['x'], note: 'n', updatedAt: '1' };
    const after = { id: 'a', contactEmail: 'new@fk.example', tags: ['x'], updatedAt: '2' };
    expect(changedFields(before, after)).toEqual([
      { field: 'contactEmail', before: 'old@fk.example', after: 'new@fk.example' },
      { field: 'note', before: 'n', after: null },
      { field: 'updatedAt', before: '1', after: '2' },
    ]);
  });

  it('has nothing for a refused call, which has neither', () => {
    expect(changedFields(null, null)).toEqual([]);
  });

  it('shows text as it is and anything else as JSON', () => {
    expect([shownValue(null), shownValue('x'), shownValue(3), shownValue({ a: [1] })]).toEqual(['–', 'x', '3', '{"a":[1]}']);
  });

  it('names an id the page knows, keeping the id', () => {
    const names = new Map([['u1', 'Sara Ek']]);
    expect([shownValue('u1', names), shownValue('u2', names)]).toEqual(['Sara Ek (u1)', 'u2']);
  });
});
