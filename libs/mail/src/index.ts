export * from './mail.service';
export * from './send-email.handler';
export * from './mail.module';
