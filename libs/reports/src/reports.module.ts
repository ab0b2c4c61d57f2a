import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClockModule } from '@samverkan/common';
import { OrganisationModule } from '@samverkan/organisation';
import { PlanModule } from '@samverkan/plan';
import { QueueModule } from '@samverkan/queue';
import { ReminderSchedulingModule } from '@samverkan/reminders';
import { ReportCopiesService } from './deliveries/report-copies.service';
import { ReportCopyEndpoint } from './deliveries/report-copy-endpoint.entity';
import { AgencyCopyEndpointResolver, ReportDeliveriesResolver } from './deliveries/report-deliveries.resolver';
import { ReportDelivery } from './deliveries/report-delivery.entity';
import { ReportCopySendingModule } from './report-copy-sending.module';
import { Report } from './reports/report.entity';
import { ReportsResolver } from './reports/reports.resolver';
import { ReportsService } from './reports/reports.service';
import { ExpectedReportsResolver } from './schedule/expected-reports.resolver';
import { OverviewReportsResolver } from './schedule/overview-reports.resolver';
import { ReportSchedule } from './schedule/report-schedule.entity';
import { ReportScheduleService } from './schedule/report-schedule.service';
import { ReportVersion } from './versions/report-version.entity';
import { ReportVersionsResolver } from './versions/report-versions.resolver';
import { ReportWorkflowService } from './versions/report-workflow.service';
import { ReportNotices } from './versions/report-notices';
import { ReportTasksService } from './workspace/report-tasks.service';
import { ReviewInboxResolver } from './workspace/review-inbox.resolver';
import { ReportPdfController } from './versions/report-pdf.controller';

/** The API side of annual reports: writing, submitting, reviewing, and where their copies stand. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Report, ReportVersion, ReportDelivery, ReportCopyEndpoint, ReportSchedule]),
    ClockModule,
    OrganisationModule,
    PlanModule,
    QueueModule,
    ReminderSchedulingModule,
    ReportCopySendingModule,
  ],
  providers: [
    ReportsService,
    ReportWorkflowService,
    ReportCopiesService,
    ReportScheduleService,
    ReportNotices,
    ReportTasksService,
    ReportsResolver,
    ReportVersionsResolver,
    ReportDeliveriesResolver,
    AgencyCopyEndpointResolver,
    ExpectedReportsResolver,
    OverviewReportsResolver,
    ReviewInboxResolver,
  ],
  controllers: [ReportPdfController],
  exports: [ReportsService, ReportWorkflowService, ReportTasksService, ReportScheduleService],
})
export class ReportsModule {}
