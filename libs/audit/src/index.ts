export * from './audit-entry.entity';
export * from './audit-hash';
export * from './audit-chain';
export * from './audited-transaction';
export * from './audit.module';
export * from './audit-trail/audit-trail.module';
