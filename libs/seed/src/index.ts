export * from './demo-logins';
export * from './ipv-plan.seed-data';
export * from './seed';
