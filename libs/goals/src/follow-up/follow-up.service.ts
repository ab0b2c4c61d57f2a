import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Action, Actor, PolicyService } from '@samverkan/auth';
import { Connection, EntityNotFoundException, LoaderRegistry } from '@samverkan/common';
import { Plan } from '@samverkan/plan';
import { Repository } from 'typeorm';
import { AssessmentsService } from '../assessments/assessments.service';
import { Goal } from '../goals/goal.entity';
import { GoalsService } from '../goals/goals.service';
import { Indicator } from '../indicators/indicator.entity';
import { IndicatorsService } from '../indicators/indicators.service';
import { MeasurementsService } from '../measurements/measurements.service';
import { assertYearInPlan } from '../plan-years';
import { FollowUpDue, FollowUpDueArgs } from './follow-up.types';

/** The yearly follow-up each agency owes the steering group: which goals still lack a measurement or an assessment. */
@Injectable()
export class FollowUpService {
  constructor(
    @InjectRepository(Plan) private readonly plans: Repository<Plan>,
    private readonly policy: PolicyService,
    private readonly goals: GoalsService,
    private readonly indicators: IndicatorsService,
    private readonly measurements: MeasurementsService,
    private readonly assessments: AssessmentsService,
  ) {}

  async due(actor: Actor | null, args: FollowUpDueArgs): Promise<Connection<FollowUpDue>> {
    this.policy.assert(actor, Action.READ_WORKSPACE);
    const plan = await this.plans.findOneBy({ id: args.planId });
    if (!plan) throw new EntityNotFoundException('Plan', args.planId, 'planId');
    assertYearInPlan(plan, args.year, 'year');
    const page = await this.goals.page({ planId: plan.id, agencyId: args.agencyId, dueIn: args.year }, args);
    return { ...page, nodes: page.nodes.map((goal) => ({ goal, year: args.year })) };
  }

  /** What one goal's follow-up for the year lacks; null for a year before the goal is followed up. */
  followUpOf(goal: Goal, year: number): FollowUpDue | null {
    return goal.firstYear !== null && year < goal.firstYear ? null : { goal, year };
  }

  async loadAssessmentMissing(loaders: LoaderRegistry, due: FollowUpDue): Promise<boolean> {
    return (await this.assessments.loadForYear(loaders, due.goal.id, due.year)) === null;
  }

  async loadIndicatorsWithoutMeasurement(loaders: LoaderRegistry, due: FollowUpDue): Promise<Indicator[]> {
    const indicators = await this.indicators.loadByGoal(loaders, due.goal.id);
    const measured = await Promise.all(
      indicators.map(async (indicator) => (await this.measurements.loadCurrent(loaders, indicator.id)).some((m) => m.year === due.year)),
    );
    return indicators.filter((_indicator, index) => !measured[index]);
  }
}
