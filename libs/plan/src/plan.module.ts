import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationModule } from '@samverkan/organisation';
import { DevelopmentArea } from './areas/development-area.entity';
import { PlanStructureResolver } from './areas/plan-structure.resolver';
import { PlanStructureService } from './areas/plan-structure.service';
import { SubTopic } from './areas/sub-topic.entity';
import { Perspective } from './perspectives/perspective.entity';
import { PlanAgency } from './plans/plan-agency.entity';
import { PlanRevision } from './plans/plan-revision.entity';
import { Plan } from './plans/plan.entity';
import { GroupPlanResolver, PlanAgenciesResolver, PlansResolver } from './plans/plans.resolver';
import { PlansService } from './plans/plans.service';

/** The plan, its revisions, participating agencies, development areas and perspectives. */
@Module({
  imports: [TypeOrmModule.forFeature([Plan, PlanRevision, PlanAgency, DevelopmentArea, SubTopic, Perspective]), OrganisationModule],
  providers: [PlansService, PlanStructureService, PlansResolver, PlanAgenciesResolver, GroupPlanResolver, PlanStructureResolver],
  exports: [PlansService, PlanStructureService],
})
export class PlanModule {}
