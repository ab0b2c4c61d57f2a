import { describe, expect, it } from 'vitest';
import type { EffectiveRole } from '../gql/graphql';
import { navigationFor } from './navigation';
import type { Me } from './session';

const person = (effectiveRoles: EffectiveRole[]): Me =>
  ({
    id: 'u1',
    displayName: 'Alva Lindqvist',
    email: 'alva@example.org',
    language: 'SV',
    effectiveRoles,
    agency: { id: 'a1', code: 'JAMY', nameSv: 'Jämställdhetsmyndigheten', nameEn: 'Gender Equality Agency' },
    memberships: [],
  }) as Me;

describe('navigationFor', () => {
  it('ends the menu with Administration for an administrator, with or without a chosen plan', () => {
    expect(navigationFor(person(['ADMINISTRATOR']), 'p1').at(-1)).toEqual({ label: 'admin.title', to: '/administration' });
    expect(navigationFor(person(['ADMINISTRATOR']), undefined).map((entry) => entry.to)).toEqual(['/', '/administration']);
  });

  it('shows no administration to anyone else', () => {
    for (const role of ['WORKING_GROUP_COORDINATOR', 'STEERING_GROUP_MEMBER', 'OBSERVER', 'AGENCY_REPRESENTATIVE'] as const) {
      expect(navigationFor(person([role]), 'p1').map((entry) => entry.to)).not.toContain('/administration');
    }
  });
});
