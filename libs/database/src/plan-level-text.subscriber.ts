import { InvalidInputException, PLAN_LEVEL_TEXT_MESSAGE, containsPersonalIdentityNumber } from '@samverkan/common';
import { EntitySubscriberInterface, EventSubscriber, InsertEvent, ObjectLiteral, UpdateEvent } from 'typeorm';
import { EntityMetadata } from 'typeorm/metadata/EntityMetadata';

/** Records the system writes from text already checked (audit, outbox, deliveries, notifications, reminders). */
const DERIVED_TABLES = new Set(['audit_log', 'outbox_messages', 'report_deliveries', 'notifications', 'notification_digests', 'deadlines', 'reminders', 'calendar_feeds']);
/** Columns holding digests and secrets, whose digits mean nothing. */
const NOT_TEXT = /hash|secret|sha256|digest|token/i;

function holdsNumber(value: unknown): boolean {
  if (typeof value === 'string') return containsPersonalIdentityNumber(value);
  if (Array.isArray(value)) return value.some(holdsNumber);
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)) return Object.values(value).some(holdsNumber);
  return false;
}

/**
 * The last line of the no-client-data rule: before any entity is inserted or
 * updated, every text, varchar and JSON column its metadata lists is scanned,
 * so a field added tomorrow (or an admin field without @PlanLevelText, such
 * as an e-mail address, a plan key or a webhook URL) is covered without
 * anyone remembering it.
 */
@EventSubscriber()
export class PlanLevelTextSubscriber implements EntitySubscriberInterface {
  beforeInsert(event: InsertEvent<ObjectLiteral>): void {
    assertPlanLevel(event.metadata, event.entity);
  }

  beforeUpdate(event: UpdateEvent<ObjectLiteral>): void {
    if (event.entity) assertPlanLevel(event.metadata, event.entity);
  }
}

function assertPlanLevel(metadata: EntityMetadata, entity: ObjectLiteral | undefined): void {
  if (!entity || DERIVED_TABLES.has(metadata.tableName)) return;
  for (const column of metadata.columns) {
    const type = typeof column.type === 'string' ? column.type : column.type === String ? 'varchar' : '';
    if (!['text', 'varchar', 'character varying', 'citext', 'jsonb', 'json', 'simple-array'].includes(type) || NOT_TEXT.test(column.propertyName)) continue;
    if (holdsNumber(column.getEntityValue(entity))) {
      throw new InvalidInputException(column.propertyName, PLAN_LEVEL_TEXT_MESSAGE.replace('$property', column.propertyName));
    }
  }
}
