import { EntityManager, In } from 'typeorm';
import { DEFAULT_NOTIFICATION_PREFERENCE, NotificationPreference, NotificationSettings } from './notification-settings.entity';

/** The preference of each person, defaults filled in, read in the caller's transaction. */
export async function preferencesOf(tx: EntityManager, userIds: readonly string[]): Promise<Map<string, NotificationPreference>> {
  const unique = [...new Set(userIds)];
  const rows = unique.length === 0 ? [] : await tx.findBy(NotificationSettings, { userId: In(unique) });
  const stored = new Map(rows.map((row) => [row.userId, row.preference]));
  return new Map(unique.map((id) => [id, stored.get(id) ?? DEFAULT_NOTIFICATION_PREFERENCE]));
}
