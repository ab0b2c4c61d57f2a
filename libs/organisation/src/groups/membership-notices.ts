import { Inject, Injectable } from '@nestjs/common';
import { Language, pageLink, pagePaths } from '@samverkan/common';
import { APP_CONFIG, AppConfig } from '@samverkan/config';
import { JobName, OutboxService } from '@samverkan/queue';
import { EntityManager } from 'typeorm';
import { Group } from './group.entity';
import { Membership } from './membership.entity';
import { User } from '../users/user.entity';

const ROLE_WORDS: Record<Language, Record<Membership['role'], string>> = {
  [Language.SV]: { CHAIR: 'ordförande', COORDINATOR: 'samordnare', MEMBER: 'medlem', SUPPORT: 'stöd' },
  [Language.EN]: { CHAIR: 'chair', COORDINATOR: 'coordinator', MEMBER: 'member', SUPPORT: 'support' },
};

/** Tells a person, in their language, they were added to a group; queued in the same transaction as the membership. */
@Injectable()
export class MembershipNotices {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async membershipAdded(tx: EntityManager, membership: Membership, user: User, group: Group): Promise<void> {
    const role = ROLE_WORDS[user.language][membership.role];
    const link = pageLink(this.config.publicUrl, pagePaths.groupItems(group.planId, group.id));
    const english = user.language === Language.EN;
    await this.outbox.add(tx, {
      jobName: JobName.SEND_EMAIL,
      payload: {
        to: [user.email],
        subject: english ? `Samverkan: you are now ${role} of ${group.name}` : `Samverkan: du är nu ${role} i ${group.name}`,
        text: (english
          ? [`Hello ${user.displayName},`, '', `You have been added to ${group.name} as ${role}.`, `Focus: ${group.focus}`, '', `See the group's work in Samverkan: ${link}`]
          : [`Hej ${user.displayName},`, '', `Du har lagts till i ${group.name} som ${role}.`, `Inriktning: ${group.focus}`, '', `Se gruppens arbete i Samverkan: ${link}`]
        ).join('\n'),
        messageId: `<membership-added.${membership.id}@samverkan>`,
      },
    });
  }
}
