export * from './demo-logins';
export * from './ipv-plan.seed-data';
export * from './seed';
export * from './fk-goals.seed-data';
export * from './seed-goals';
export * from './demo-plan.seed-data';
export * from './seed-demo-plan';
export * from './seed.module';
