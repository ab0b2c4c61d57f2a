import { Injectable } from '@nestjs/common';
import { Action, Actor, AuthException, AuthExceptionCode, PolicyService, isIntegration } from '@samverkan/auth';
import { NotificationsService } from '@samverkan/notifications';
import { Clock } from '@samverkan/common';
import { AttentionItemsService, PlansService } from '@samverkan/plan';
import { UpcomingDeadlinesService } from '@samverkan/reminders';
import { ReportTasksService } from '@samverkan/reports';
import { MyWork } from './my-work.types';

const UNREAD_SHOWN = 10;

/** One person's work in one plan, gathered from the libraries that own each part. */
@Injectable()
export class MyWorkService {
  constructor(
    private readonly policy: PolicyService,
    private readonly plans: PlansService,
    private readonly clock: Clock,
    private readonly attention: AttentionItemsService,
    private readonly deadlines: UpcomingDeadlinesService,
    private readonly reportTasks: ReportTasksService,
    private readonly notifications: NotificationsService,
  ) {}

  async myWork(actor: Actor | null, planId: string): Promise<MyWork> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    if (isIntegration(actor)) throw new AuthException(AuthExceptionCode.FORBIDDEN, 'An API token acts for an integration, not a person');
    const plan = await this.plans.get(actor, planId);
    const [itemsNeedingAttention, upcomingDeadlines, returnedReports, reportsAwaitingReview, unreadNotifications] = await Promise.all([
      this.attention.forPerson(actor, plan),
      this.deadlines.forPerson(actor, plan.id, this.clock.today()),
      this.reportTasks.returnedTo(actor, plan.id),
      this.reportTasks.awaitingReview(actor, plan.id),
      this.notifications.list(actor, { first: UNREAD_SHOWN, unreadOnly: true }),
    ]);
    return { planId: plan.id, itemsNeedingAttention, upcomingDeadlines, returnedReports, reportsAwaitingReview, unreadNotifications };
  }
}
