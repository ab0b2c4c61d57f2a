export * from './test-env';
export * from './test-database';
export * from './test-redis';
export * from './test-config';
export * from './test-api';
export * from './table-snapshot';
export * from './factories';
export * from './poppler';
