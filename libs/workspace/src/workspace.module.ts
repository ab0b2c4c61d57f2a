import { Module } from '@nestjs/common';
import { NotificationsModule } from '@samverkan/notifications';
import { PlanModule } from '@samverkan/plan';
import { RemindersModule } from '@samverkan/reminders';
import { ReportsModule } from '@samverkan/reports';
import { MyWorkResolver } from './my-work/my-work.resolver';
import { MyWorkService } from './my-work/my-work.service';

/** Views of the web workspace that gather from several libraries: "my work". */
@Module({
  imports: [PlanModule, ReportsModule, RemindersModule, NotificationsModule],
  providers: [MyWorkService, MyWorkResolver],
})
export class WorkspaceModule {}
