import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditedTransaction } from '@samverkan/audit';
import { Action, CallContext, PolicyService } from '@samverkan/auth';
import { Clock, Connection, EntityNotFoundException, LoaderRegistry, PageArgs, orderByKeys } from '@samverkan/common';
import { In, Repository } from 'typeorm';
import { ActionItem, isClosed } from '../items/action-item.entity';
import { selectAsEntity } from '../items/entity-rows';
import { rollUpProgress } from '../items/item-tree';
import { NewestFirstList, loadNewestFirstPage } from '../items/newest-first-page';
import { PlanException, PlanExceptionCode } from '../plan.exception';
import { claimPlanContent } from '../plans/plan-content-version';
import { CheckIn } from './check-in.entity';
import { PostCheckInInput } from './check-in.inputs';

const CHECK_INS: NewestFirstList = { table: 'check_ins', parentColumn: 'item_id', parentType: 'uuid', idType: 'uuid', timeColumn: 'posted_at' };

@Injectable()
export class CheckInsService {
  constructor(
    @InjectRepository(CheckIn) private readonly checkIns: Repository<CheckIn>,
    private readonly policy: PolicyService,
    private readonly audited: AuditedTransaction,
    private readonly clock: Clock,
  ) {}

  /**
   * The newest check-in of each item, one query for any number of items: a
   * LATERAL probe per item down the (item_id, posted_at) index. DISTINCT ON
   * would read and sort every check-in of the items (ten times the rows).
   */
  loadLatest(loaders: LoaderRegistry, itemId: string): Promise<CheckIn | null> {
    return loaders
      .get<string, CheckIn | null>('checkIn.latestByItem', async (itemIds) => {
        const latest = await selectAsEntity(this.checkIns.createQueryBuilder('c'), this.checkIns)
          .where(
            `c.id IN (SELECT newest.id FROM unnest(CAST(:itemIds AS uuid[])) AS item(id)
                      CROSS JOIN LATERAL (SELECT id FROM check_ins WHERE item_id = item.id ORDER BY posted_at DESC, id DESC LIMIT 1) newest)`,
            { itemIds },
          )
          .getRawMany<CheckIn>();
        return orderByKeys(itemIds, latest, (c) => c.itemId);
      })
      .load(itemId);
  }

  loadPage(loaders: LoaderRegistry, itemId: string, page: PageArgs): Promise<Connection<CheckIn>> {
    return loadNewestFirstPage(loaders, CHECK_INS, this.checkIns, itemId, page);
  }

  load(loaders: LoaderRegistry, id: string): Promise<CheckIn | null> {
    return loaders
      .get<string, CheckIn | null>('checkIn.byId', async (ids) => orderByKeys(ids, await this.checkIns.findBy({ id: In([...ids]) }), (c) => c.id))
      .load(id);
  }

  /**
   * Members of the owning group post check-ins on open items; the item takes
   * the status, health and progress the check-in reports.
   */
  post(call: CallContext, input: PostCheckInInput): Promise<CheckIn> {
    return this.audited.run(call, 'actionItem.checkIn', async (tx) => {
      const found = await tx.findOneBy(ActionItem, { id: input.itemId });
      if (!found) throw new EntityNotFoundException('ActionItem', input.itemId, 'input.itemId');
      this.policy.assert(call.actor, Action.CONTRIBUTE_TO_GROUP, { groupId: found.groupId });
      // Closing is the coordinator's decision, whichever way it is reported.
      if (input.status && isClosed(input.status)) this.policy.assert(call.actor, Action.MANAGE_GROUP_WORK, { groupId: found.groupId });
      await claimPlanContent(tx, found.planId);
      const item = await tx.findOneByOrFail(ActionItem, { id: input.itemId });
      if (isClosed(item.status)) {
        throw new PlanException(PlanExceptionCode.ITEM_CLOSED, `The item is ${item.status.toLowerCase()}; the coordinator must reopen it before check-ins`, 'input.itemId');
      }
      if (input.progress !== undefined && (await tx.existsBy(ActionItem, { parentId: item.id }))) {
        throw new PlanException(PlanExceptionCode.PROGRESS_IS_ROLLED_UP, 'An item with sub-items takes its progress from them', 'input.progress');
      }
      const now = this.clock.now();
      const checkIn = await tx.save(
        tx.create(CheckIn, {
          itemId: item.id,
          authorId: call.actor.userId,
          postedAt: now,
          narrative: input.narrative,
          status: input.status ?? null,
          health: input.health ?? null,
          progress: input.progress ?? null,
          evidenceLinks: input.evidenceLinks.map(({ title, url }) => ({ title, url })),
        }),
      );
      const health = input.health ?? item.health;
      await tx.save(ActionItem, {
        ...item,
        status: input.status ?? item.status,
        health,
        healthSince: health === item.health ? item.healthSince : now,
        progress: input.progress ?? item.progress,
        lastCheckInAt: now,
      });
      await rollUpProgress(tx, item.parentId);
      return {
        result: checkIn,
        entityType: 'ActionItem',
        entityId: item.id,
        before: { status: item.status, health: item.health, progress: item.progress, lastCheckInAt: item.lastCheckInAt },
        after: { checkIn },
      };
    });
  }
}
