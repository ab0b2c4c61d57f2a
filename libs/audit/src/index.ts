export * from './audit-entry.entity';
export * from './audited-transaction';
export * from './audit.module';
