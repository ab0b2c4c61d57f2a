import { Injectable } from '@nestjs/common';
import { Clock, LoaderRegistry } from '@samverkan/common';
import { PlansService } from '../plans/plans.service';
import { ActionItem } from './action-item.entity';
import { isOverdue, isStale, staleCutoff } from './item-signals';

/** Overdue and stale for items in hand, at the clock's time. */
@Injectable()
export class ItemSignalsService {
  constructor(
    private readonly clock: Clock,
    private readonly plans: PlansService,
  ) {}

  overdue(item: ActionItem): boolean {
    return isOverdue(item, this.clock.today());
  }

  async stale(loaders: LoaderRegistry, item: ActionItem): Promise<boolean> {
    const plan = await this.plans.load(loaders, item.planId);
    return plan !== null && isStale(item, staleCutoff(this.clock.now(), plan.staleAfterDays));
  }
}
