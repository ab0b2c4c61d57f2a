export * from './demo-logins';
export * from './ipv-plan.seed-data';
export * from './seed';
export * from './fk-goals.seed-data';
export * from './seed-goals';
