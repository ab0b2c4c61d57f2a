export * from './my-work/my-work.types';
export * from './my-work/my-work.service';
export * from './workspace.module';
