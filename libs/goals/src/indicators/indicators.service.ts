import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditedTransaction } from '@samverkan/audit';
import { CallContext } from '@samverkan/auth';
import { LoaderRegistry, groupByKeys } from '@samverkan/common';
import { In, Repository } from 'typeorm';
import { GoalAccess } from '../goals/goal-access';
import { assertBaselineAndTarget } from './indicator-figures';
import { Indicator } from './indicator.entity';
import { CreateIndicatorInput, UpdateIndicatorInput } from './indicator.inputs';

@Injectable()
export class IndicatorsService {
  constructor(
    @InjectRepository(Indicator) private readonly indicators: Repository<Indicator>,
    private readonly access: GoalAccess,
    private readonly audited: AuditedTransaction,
  ) {}

  loadByGoal(loaders: LoaderRegistry, goalId: string): Promise<Indicator[]> {
    return loaders
      .get<string, Indicator[]>('indicator.byGoal', async (goalIds) =>
        groupByKeys(goalIds, await this.indicators.find({ where: { goalId: In([...goalIds]) }, order: { name: 'ASC', id: 'ASC' } }), (i) => i.goalId),
      )
      .load(goalId);
  }

  create(call: CallContext, input: CreateIndicatorInput): Promise<Indicator> {
    return this.audited.run(call, 'indicator.create', async (tx) => {
      const { plan } = await this.access.goal(tx, call, input.goalId, 'input.goalId');
      const indicator = tx.create(Indicator, {
        ...input,
        baselineValue: input.baselineValue ?? null,
        baselineYear: input.baselineYear ?? null,
        targetValue: input.targetValue ?? null,
        targetYear: input.targetYear ?? null,
        registrationNumber: input.registrationNumber ?? null,
      });
      assertBaselineAndTarget(plan, indicator);
      const saved = await tx.save(indicator);
      return { result: saved, entityType: 'Indicator', entityId: saved.id, before: null, after: saved };
    });
  }

  /** The unit stays: the indicator's measurements are recorded in it. */
  update(call: CallContext, input: UpdateIndicatorInput): Promise<Indicator> {
    return this.audited.run(call, 'indicator.update', async (tx) => {
      const { indicator: before, plan } = await this.access.indicator(tx, call, input.id, 'input.id', true);
      const keep = <K extends keyof Indicator>(key: K, value: Indicator[K] | undefined): Indicator[K] => (value === undefined ? before[key] : value);
      const next = {
        ...before,
        name: input.name ?? before.name,
        direction: input.direction ?? before.direction,
        sourceKind: input.sourceKind ?? before.sourceKind,
        sourceDescription: input.sourceDescription ?? before.sourceDescription,
        baselineValue: keep('baselineValue', input.baselineValue),
        baselineYear: keep('baselineYear', input.baselineYear),
        targetValue: keep('targetValue', input.targetValue),
        targetYear: keep('targetYear', input.targetYear),
        registrationNumber: keep('registrationNumber', input.registrationNumber),
      };
      assertBaselineAndTarget(plan, next);
      const after = await tx.save(Indicator, next);
      return { result: after, entityType: 'Indicator', entityId: before.id, before, after };
    });
  }
}
