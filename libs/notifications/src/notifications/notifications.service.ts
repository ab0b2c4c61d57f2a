import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditedTransaction } from '@samverkan/audit';
import { Action, Actor, CallContext, PolicyService } from '@samverkan/auth';
import { EntityNotFoundException, decodeCursor, encodeCursor, toConnection } from '@samverkan/common';
import { IsNull, Repository } from 'typeorm';
import { NotificationsException, NotificationsExceptionCode } from '../notifications.exception';
import { NotificationConnection } from './notification-connection.type';
import { Notification } from './notification.entity';
import { NotificationsArgs } from './notifications.args';

const TIMESTAMP_TEXT = /^\d{4}-\d{2}-\d{2} [\d:.]+[+-]\d{2}(:\d{2})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The position after which a page starts: created_at as PostgreSQL text (microseconds intact) and id. */
function decodeAfter(after: string | undefined): [string, string] | null {
  if (after === undefined) return null;
  const [time, id] = decodeCursor(after, 2) ?? [];
  if (typeof time !== 'string' || !TIMESTAMP_TEXT.test(time) || typeof id !== 'string' || !UUID.test(id)) {
    throw new NotificationsException(NotificationsExceptionCode.INVALID_CURSOR, 'after is not a valid cursor', 'after');
  }
  return [time, id];
}

/**
 * A person's own notifications, newest first. Everyone reads and marks only
 * their own; another person's notification does not exist for them.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly policy: PolicyService,
    private readonly audited: AuditedTransaction,
  ) {}

  async list(actor: Actor | null, args: NotificationsArgs): Promise<NotificationConnection> {
    this.policy.assert(actor, Action.MANAGE_OWN_ACCOUNT);
    const after = decodeAfter(args.after);
    const query = this.notifications
      .createQueryBuilder('n')
      .addSelect('CAST(n.created_at AS text)', 'sort_key')
      .where('n.recipient_id = :me', { me: actor.userId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC');
    if (args.unreadOnly) query.andWhere('n.read_at IS NULL');
    const totalCount = await query.clone().getCount();
    const unreadCount = await this.notifications.countBy({ recipientId: actor.userId, readAt: IsNull() });
    if (after) query.andWhere('(n.created_at, n.id) < (CAST(:time AS timestamptz), CAST(:id AS uuid))', { time: after[0], id: after[1] });
    const { entities, raw } = await query.limit(args.first + 1).getRawAndEntities<{ sort_key: string }>();
    const sortKeys = new Map(entities.map((entity, index) => [entity.id, raw[index]!.sort_key]));
    return { ...toConnection(entities, args.first, totalCount, (n) => encodeCursor([sortKeys.get(n.id)!, n.id])), unreadCount };
  }

  markRead(call: CallContext, id: string): Promise<Notification> {
    this.policy.assert(call.actor, Action.MANAGE_OWN_ACCOUNT);
    return this.audited.run(call, 'notification.markRead', async (tx) => {
      const before = await tx.findOneBy(Notification, { id, recipientId: call.actor.userId });
      if (!before) throw new EntityNotFoundException('Notification', id, 'id');
      // Read once stays read at that time: marking again changes nothing.
      await tx.update(Notification, { id, readAt: IsNull() }, { readAt: () => 'now()' });
      const after = await tx.findOneByOrFail(Notification, { id });
      return { result: after, entityType: 'Notification', entityId: id, before: { readAt: before.readAt }, after: { readAt: after.readAt } };
    });
  }

  /** Returns how many were unread. */
  markAllRead(call: CallContext): Promise<number> {
    this.policy.assert(call.actor, Action.MANAGE_OWN_ACCOUNT);
    const recipientId = call.actor.userId;
    return this.audited.run(call, 'notification.markAllRead', async (tx) => {
      const { affected } = await tx.update(Notification, { recipientId, readAt: IsNull() }, { readAt: () => 'now()' });
      return { result: affected ?? 0, entityType: 'User', entityId: recipientId, before: null, after: { markedRead: affected ?? 0 } };
    });
  }
}
