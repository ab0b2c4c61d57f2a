import { EntityManager } from 'typeorm';
import { Notification } from './notification.entity';

export type NewNotification = Pick<Notification, 'recipientId' | 'title' | 'body' | 'subjectType' | 'subjectId' | 'dueDate' | 'sourceKey' | 'delivery'>;

/** Writes notifications in the caller's transaction; a source key seen before is skipped, so one cause notifies once. */
export async function addNotifications(tx: EntityManager, notifications: NewNotification[]): Promise<void> {
  if (notifications.length === 0) return;
  await tx.createQueryBuilder().insert().into(Notification).values(notifications).orIgnore().updateEntity(false).execute();
}
