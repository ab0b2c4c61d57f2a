import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditedTransaction } from '@samverkan/audit';
import { Action, Actor, CallContext, PolicyService } from '@samverkan/auth';
import { Repository } from 'typeorm';
import { DEFAULT_NOTIFICATION_PREFERENCE, NotificationPreference, NotificationSettings } from './notification-settings.entity';

/**
 * Each person's own choice of channel. Personal settings, like a password:
 * any logged-in person sets their own, the observer included.
 */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    @InjectRepository(NotificationSettings) private readonly settings: Repository<NotificationSettings>,
    private readonly policy: PolicyService,
    private readonly audited: AuditedTransaction,
  ) {}

  async get(actor: Actor | null): Promise<NotificationPreference> {
    this.policy.assert(actor, Action.MANAGE_OWN_ACCOUNT);
    return (await this.settings.findOneBy({ userId: actor.userId }))?.preference ?? DEFAULT_NOTIFICATION_PREFERENCE;
  }

  set(call: CallContext, preference: NotificationPreference): Promise<NotificationPreference> {
    this.policy.assert(call.actor, Action.MANAGE_OWN_ACCOUNT);
    const userId = call.actor.userId;
    return this.audited.run(call, 'notificationSettings.set', async (tx) => {
      const before = await tx.findOneBy(NotificationSettings, { userId });
      const after = await tx.save(NotificationSettings, { userId, preference });
      return { result: after.preference, entityType: 'NotificationSettings', entityId: userId, before, after };
    });
  }
}
