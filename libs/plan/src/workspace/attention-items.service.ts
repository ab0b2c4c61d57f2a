import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, MembershipRole } from '@samverkan/auth';
import { Clock, pagePaths } from '@samverkan/common';
import { Repository } from 'typeorm';
import { ActionItem, ActionItemHealth } from '../items/action-item.entity';
import { isOverdue, isStale, itemSql, staleCutoff } from '../items/item-signals';
import { Plan } from '../plans/plan.entity';
import { AttentionItem, AttentionReason, WorkRelation } from './attention-item.types';

/** A work list, not a report: the most pressing ones first, bounded. */
export const MAX_ATTENTION_ITEMS = 100;

/**
 * The open items of a plan that a person owns or whose working group they
 * coordinate and that are overdue, at risk, off track or stale: the
 * reasons are the same rules the filters and the overview use.
 */
@Injectable()
export class AttentionItemsService {
  constructor(
    @InjectRepository(ActionItem) private readonly items: Repository<ActionItem>,
    private readonly clock: Clock,
  ) {}

  /** The caller is known and the plan exists (the caller checks both). */
  async forPerson(actor: Actor, plan: Pick<Plan, 'id' | 'staleAfterDays'>): Promise<AttentionItem[]> {
    const coordinated = actor.memberships.filter((m) => m.role === MembershipRole.COORDINATOR).map((m) => m.groupId);
    const now = this.clock.now();
    const today = this.clock.today();
    const cutoff = staleCutoff(now, plan.staleAfterDays);
    const items = await this.items
      .createQueryBuilder('i')
      .where('i.plan_id = :planId', { planId: plan.id })
      .andWhere('(i.owner_id = :me OR i.group_id = ANY(CAST(:coordinated AS uuid[])))', { me: actor.userId, coordinated })
      .andWhere(itemSql.open('i'))
      .andWhere(`(${itemSql.overdue('i', ':today')} OR i.health <> :onTrack OR ${itemSql.stale('i', ':cutoff')})`, {
        today,
        onTrack: ActionItemHealth.ON_TRACK,
        cutoff,
      })
      .orderBy('i.due_date', 'ASC', 'NULLS LAST')
      .addOrderBy('i.id', 'ASC')
      .limit(MAX_ATTENTION_ITEMS)
      .getMany();
    return items.map((item) => ({
      item,
      reasons: reasonsOf(item, today, cutoff),
      relations: [
        ...(item.ownerId === actor.userId ? [WorkRelation.OWNER] : []),
        ...(coordinated.includes(item.groupId) ? [WorkRelation.COORDINATOR] : []),
      ],
      path: pagePaths.item(item.id),
    }));
  }
}

function reasonsOf(item: ActionItem, today: string, cutoff: Date): AttentionReason[] {
  return [
    ...(isOverdue(item, today) ? [AttentionReason.OVERDUE] : []),
    ...(item.health === ActionItemHealth.AT_RISK ? [AttentionReason.AT_RISK] : []),
    ...(item.health === ActionItemHealth.OFF_TRACK ? [AttentionReason.OFF_TRACK] : []),
    ...(isStale(item, cutoff) ? [AttentionReason.STALE] : []),
  ];
}
