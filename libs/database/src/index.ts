export * from './data-source-options';
export * from './database.module';
export * from './snake-naming.strategy';
export * from './entities';
export * from './migrations';
export * from './application-role';
