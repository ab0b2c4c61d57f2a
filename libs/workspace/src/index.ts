export * from './my-work/my-work.types';
export * from './my-work/my-work.service';
export * from './overview-export/plan-overview-export.service';
export * from './workspace.module';
