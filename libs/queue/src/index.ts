export * from './queue.constants';
export * from './outbox-message.entity';
export * from './outbox.service';
export * from './job-handler.decorator';
export * from './queue-connection';
export * from './queue.module';
export * from './queue-worker.module';
export * from './outbox-relay.service';
