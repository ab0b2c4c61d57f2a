import { SnakeNamingStrategy } from './snake-naming.strategy';

describe('SnakeNamingStrategy', () => {
  const naming = new SnakeNamingStrategy();

  it('turns class and property names into snake_case', () => {
    expect(naming.tableName('PlanRevision', undefined)).toBe('plan_revision');
    expect(naming.columnName('coordinatingAgencyId', undefined, [])).toBe('coordinating_agency_id');
    expect(naming.columnName('nameSv', undefined, [])).toBe('name_sv');
    expect(naming.columnName('value', undefined, ['baseline'])).toBe('baseline_value');
  });

  it('keeps explicit table names', () => {
    expect(naming.tableName('AuditEntry', 'audit_log')).toBe('audit_log');
  });
});
