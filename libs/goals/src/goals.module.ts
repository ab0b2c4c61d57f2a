import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationModule } from '@samverkan/organisation';
import { DevelopmentArea, Perspective, Plan } from '@samverkan/plan';
import { ReminderSchedulingModule } from '@samverkan/reminders';
import { AssessmentsResolver } from './assessments/assessments.resolver';
import { AssessmentsService } from './assessments/assessments.service';
import { GoalAssessment } from './assessments/goal-assessment.entity';
import { IndicatorsExportController } from './export/indicators-export.controller';
import { IndicatorsExportService } from './export/indicators-export.service';
import { FollowUpResolver, GoalFollowUpResolver } from './follow-up/follow-up.resolver';
import { FollowUpService } from './follow-up/follow-up.service';
import { GoalAccess } from './goals/goal-access';
import { GoalPerspective } from './goals/goal-perspective.entity';
import { Goal } from './goals/goal.entity';
import { GoalsResolver } from './goals/goals.resolver';
import { GoalsService } from './goals/goals.service';
import { Indicator } from './indicators/indicator.entity';
import { IndicatorsResolver } from './indicators/indicators.resolver';
import { IndicatorsService } from './indicators/indicators.service';
import { Measurement } from './measurements/measurement.entity';
import { MeasurementsResolver } from './measurements/measurements.resolver';
import { MeasurementsService } from './measurements/measurements.service';

/** Agencies' own goals, their indicators and measurements, yearly assessments and the follow-up that is due. */
@Module({
  imports: [TypeOrmModule.forFeature([Goal, GoalPerspective, Indicator, Measurement, GoalAssessment, Plan, Perspective, DevelopmentArea]), OrganisationModule, ReminderSchedulingModule],
  controllers: [IndicatorsExportController],
  providers: [
    GoalAccess,
    IndicatorsExportService,
    GoalsService,
    IndicatorsService,
    MeasurementsService,
    AssessmentsService,
    FollowUpService,
    GoalsResolver,
    IndicatorsResolver,
    MeasurementsResolver,
    AssessmentsResolver,
    FollowUpResolver,
    GoalFollowUpResolver,
  ],
  exports: [GoalsService, IndicatorsService, MeasurementsService, AssessmentsService, FollowUpService],
})
export class GoalsModule {}
