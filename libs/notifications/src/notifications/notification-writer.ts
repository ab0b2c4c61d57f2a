import { EntityManager } from 'typeorm';
import { Notification } from './notification.entity';

export type NewNotification = Pick<Notification, 'recipientId' | 'title' | 'body' | 'subjectType' | 'subjectId' | 'dueDate' | 'sourceKey' | 'delivery'>;

/**
 * Writes notifications in the caller's transaction, any number in one
 * statement; a source key seen before is skipped, so one cause notifies once.
 */
export async function addNotifications(tx: EntityManager, notifications: readonly NewNotification[]): Promise<void> {
  if (notifications.length === 0) return;
  const column = <K extends keyof NewNotification>(key: K): NewNotification[K][] => notifications.map((n) => n[key]);
  await tx.query(
    `INSERT INTO notifications (recipient_id, title, body, subject_type, subject_id, due_date, source_key, delivery)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::date[], $7::text[], $8::text[])
     ON CONFLICT (source_key) DO NOTHING`,
    [
      column('recipientId'),
      column('title'),
      column('body'),
      column('subjectType'),
      column('subjectId'),
      column('dueDate'),
      column('sourceKey'),
      column('delivery'),
    ],
  );
}
