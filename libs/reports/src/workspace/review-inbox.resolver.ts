import { Query, Resolver } from '@nestjs/graphql';
import { Action, Actor, CurrentActor, PolicyService } from '@samverkan/auth';
import { ReportTask } from './report-task.type';
import { ReportTasksService } from './report-tasks.service';

/** The steering group's review inbox, across plans: the page /granskning and the count in the frame. */
@Resolver()
export class ReviewInboxResolver {
  constructor(
    private readonly tasks: ReportTasksService,
    private readonly policy: PolicyService,
  ) {}

  @Query(() => [ReportTask], {
    description: 'Steering-group members: submitted versions waiting for review in every plan, oldest submission first (empty for everyone else)',
  })
  reviewInbox(@CurrentActor() actor: Actor | null): Promise<ReportTask[]> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    return this.tasks.awaitingReview(actor, null);
  }
}
