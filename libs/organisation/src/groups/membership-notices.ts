import { Injectable } from '@nestjs/common';
import { JobName, OutboxService } from '@samverkan/queue';
import { EntityManager } from 'typeorm';
import { Group } from './group.entity';
import { Membership } from './membership.entity';
import { User } from '../users/user.entity';

const ROLE_WORDS: Record<Membership['role'], string> = {
  CHAIR: 'chair',
  COORDINATOR: 'coordinator',
  MEMBER: 'member',
  SUPPORT: 'support',
};

/** Tells a person they were added to a group; queued in the same transaction as the membership. */
@Injectable()
export class MembershipNotices {
  constructor(private readonly outbox: OutboxService) {}

  async membershipAdded(tx: EntityManager, membership: Membership, user: User, group: Group): Promise<void> {
    await this.outbox.add(tx, {
      jobName: JobName.SEND_EMAIL,
      payload: {
        to: [user.email],
        subject: `Samverkan: you are now ${ROLE_WORDS[membership.role]} of ${group.name}`,
        text: [
          `Hello ${user.displayName},`,
          '',
          `You have been added to ${group.name} as ${ROLE_WORDS[membership.role]}.`,
          `Focus: ${group.focus}`,
          '',
          'Log in to Samverkan to see the group and its work.',
        ].join('\n'),
        messageId: `<membership-added.${membership.id}@samverkan>`,
      },
    });
  }
}
