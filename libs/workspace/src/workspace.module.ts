import { Module } from '@nestjs/common';
import { NotificationsModule } from '@samverkan/notifications';
import { OrganisationModule } from '@samverkan/organisation';
import { PlanModule } from '@samverkan/plan';
import { RemindersModule } from '@samverkan/reminders';
import { ReportsModule } from '@samverkan/reports';
import { MyWorkResolver } from './my-work/my-work.resolver';
import { MyWorkService } from './my-work/my-work.service';
import { PlanOverviewExportController } from './overview-export/plan-overview-export.controller';
import { PlanOverviewExportService } from './overview-export/plan-overview-export.service';

/** Views of the web workspace that gather from several libraries: "my work", and the overview as meeting papers. */
@Module({
  imports: [OrganisationModule, PlanModule, ReportsModule, RemindersModule, NotificationsModule],
  controllers: [PlanOverviewExportController],
  providers: [MyWorkService, MyWorkResolver, PlanOverviewExportService],
})
export class WorkspaceModule {}
