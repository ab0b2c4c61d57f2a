export * from './notifications/notification.entity';
export * from './notifications/notification-writer';
export * from './preferences/notification-settings.entity';
export * from './preferences/preferences-of';
export * from './digests/notification-digest.entity';
export * from './digests/notification-digests.service';
export * from './notification-delivery.module';
export * from './notifications.module';
