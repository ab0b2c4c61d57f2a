import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntry } from '@samverkan/audit';
import { OrganisationModule } from '@samverkan/organisation';
import { ReminderSchedulingModule } from '@samverkan/reminders';
import { DevelopmentArea } from './areas/development-area.entity';
import { PlanStructureResolver } from './areas/plan-structure.resolver';
import { PlanStructureService } from './areas/plan-structure.service';
import { SubTopic } from './areas/sub-topic.entity';
import { CheckIn } from './check-ins/check-in.entity';
import { ActionItemCheckInsResolver, CheckInsResolver } from './check-ins/check-ins.resolver';
import { CheckInsService } from './check-ins/check-ins.service';
import { Clock } from './clock';
import { ItemComment } from './comments/item-comment.entity';
import { ActionItemsExportController } from './export/action-items-export.controller';
import { ActionItemsExportService } from './export/action-items-export.service';
import { ActionItemCommentsResolver, ItemCommentsResolver } from './comments/item-comments.resolver';
import { ItemCommentsService } from './comments/item-comments.service';
import { ActionItemAgency } from './items/action-item-agency.entity';
import { ActionItemPerspective } from './items/action-item-perspective.entity';
import { ActionItem } from './items/action-item.entity';
import { ActionItemsResolver } from './items/action-items.resolver';
import { ActionItemsService } from './items/action-items.service';
import { ItemSignalsService } from './items/item-signals.service';
import { MeetingAttendee } from './meetings/meeting-attendee.entity';
import { MeetingDecision } from './meetings/meeting-decision.entity';
import { MeetingItem } from './meetings/meeting-item.entity';
import { Meeting } from './meetings/meeting.entity';
import { ActionItemMeetingsResolver, MeetingDecisionsResolver, MeetingsResolver } from './meetings/meetings.resolver';
import { MeetingsService } from './meetings/meetings.service';
import { OverviewLabelsService } from './overview/overview-labels.service';
import { PlanOverviewCache } from './overview/plan-overview.cache';
import { OverviewRowResolver, PlanOverviewResolver } from './overview/plan-overview.resolver';
import { PlanOverviewService } from './overview/plan-overview.service';
import { Perspective } from './perspectives/perspective.entity';
import { PlanAgency } from './plans/plan-agency.entity';
import { ReadResponseCache } from './read-cache/read-response.cache';
import { ReadResponseCachePlugin } from './read-cache/read-response-cache.plugin';
import { PlanRevision } from './plans/plan-revision.entity';
import { Plan } from './plans/plan.entity';
import { GroupPlanResolver, PlanAgenciesResolver, PlansResolver } from './plans/plans.resolver';
import { PlansService } from './plans/plans.service';
import { AttentionItemsService } from './workspace/attention-items.service';

/** The plan with its structure and revisions, and the shared action items with their check-ins, comments and meetings. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Plan,
      PlanRevision,
      PlanAgency,
      DevelopmentArea,
      SubTopic,
      Perspective,
      ActionItem,
      ActionItemAgency,
      ActionItemPerspective,
      CheckIn,
      ItemComment,
      Meeting,
      MeetingAttendee,
      MeetingItem,
      MeetingDecision,
      AuditEntry,
    ]),
    OrganisationModule,
    ReminderSchedulingModule,
  ],
  controllers: [ActionItemsExportController],
  providers: [
    Clock,
    PlansService,
    PlanStructureService,
    ActionItemsService,
    ItemSignalsService,
    CheckInsService,
    ItemCommentsService,
    MeetingsService,
    ActionItemsExportService,
    AttentionItemsService,
    PlanOverviewService,
    PlanOverviewCache,
    OverviewLabelsService,
    ReadResponseCache,
    ReadResponseCachePlugin,
    PlansResolver,
    PlanAgenciesResolver,
    GroupPlanResolver,
    PlanStructureResolver,
    ActionItemsResolver,
    CheckInsResolver,
    ActionItemCheckInsResolver,
    ItemCommentsResolver,
    ActionItemCommentsResolver,
    MeetingsResolver,
    MeetingDecisionsResolver,
    ActionItemMeetingsResolver,
    PlanOverviewResolver,
    OverviewRowResolver,
  ],
  exports: [Clock, PlansService, PlanStructureService, ActionItemsService, CheckInsService, AttentionItemsService, PlanOverviewService, OverviewLabelsService],
})
export class PlanModule {}
