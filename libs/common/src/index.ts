export * from './domain.exception';
export * from './pagination';
export * from './request-context';
export * from './graphql-json.scalar';
export * from './id.args';
export * from './references';
export * from './personal-identity-number';
