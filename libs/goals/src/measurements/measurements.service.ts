import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditedTransaction } from '@samverkan/audit';
import { CallContext } from '@samverkan/auth';
import { EntityNotFoundException, LoaderRegistry, groupByKeys, orderByKeys } from '@samverkan/common';
import { Plan } from '@samverkan/plan';
import { In, Repository } from 'typeorm';
import { GoalAccess } from '../goals/goal-access';
import { GoalsException, GoalsExceptionCode } from '../goals.exception';
import { measuredFigure } from '../indicators/indicator-figures';
import { Indicator } from '../indicators/indicator.entity';
import { assertYearInPlan } from '../plan-years';
import { seriesOf } from './indicator-series';
import { Measurement } from './measurement.entity';
import { CorrectMeasurementInput, RecordMeasurementInput } from './measurement.inputs';
import { SeriesPoint } from './series-point.type';

/** The columns of a measurement that come from the caller, checked against the indicator and the plan. */
function figureOf(plan: Plan, indicator: Indicator, input: RecordMeasurementInput | CorrectMeasurementInput) {
  assertYearInPlan(plan, input.year, 'input.year');
  const measuredOn = input.measuredOn ?? null;
  if (measuredOn !== null && Number(measuredOn.slice(0, 4)) !== input.year) {
    throw new GoalsException(GoalsExceptionCode.DATE_OUTSIDE_YEAR, 'input.measuredOn must lie within input.year', 'input.measuredOn');
  }
  return { year: input.year, measuredOn, ...measuredFigure(indicator.unit, input), source: input.source, note: input.note };
}

@Injectable()
export class MeasurementsService {
  constructor(
    @InjectRepository(Measurement) private readonly measurements: Repository<Measurement>,
    private readonly access: GoalAccess,
    private readonly audited: AuditedTransaction,
  ) {}

  /** Measurements no correction has replaced, by year and date (a whole-year figure after the dated ones). */
  loadCurrent(loaders: LoaderRegistry, indicatorId: string): Promise<Measurement[]> {
    return loaders
      .get<string, Measurement[]>('measurement.currentByIndicator', async (indicatorIds) => {
        const rows = await this.measurements
          .createQueryBuilder('m')
          .where('m.indicator_id IN (:...indicatorIds)', { indicatorIds })
          .andWhere('NOT EXISTS (SELECT 1 FROM indicator_measurements c WHERE c.supersedes_id = m.id)')
          .orderBy('m.year', 'ASC')
          .addOrderBy('m.measured_on', 'ASC', 'NULLS LAST')
          .addOrderBy('m.created_at', 'ASC')
          .getMany();
        return groupByKeys(indicatorIds, rows, (m) => m.indicatorId);
      })
      .load(indicatorId);
  }

  /** Every measurement ever recorded, corrected ones included, in the order they were recorded. */
  loadHistory(loaders: LoaderRegistry, indicatorId: string): Promise<Measurement[]> {
    return loaders
      .get<string, Measurement[]>('measurement.historyByIndicator', async (indicatorIds) =>
        groupByKeys(indicatorIds, await this.measurements.find({ where: { indicatorId: In([...indicatorIds]) }, order: { createdAt: 'ASC', id: 'ASC' } }), (m) => m.indicatorId),
      )
      .load(indicatorId);
  }

  async loadSeries(loaders: LoaderRegistry, indicator: Indicator): Promise<SeriesPoint[]> {
    return seriesOf(indicator, await this.loadCurrent(loaders, indicator.id));
  }

  /** Progress of the latest year's figure; null without measurements. */
  async loadProgress(loaders: LoaderRegistry, indicator: Indicator): Promise<number | null> {
    return (await this.loadSeries(loaders, indicator)).at(-1)?.progressTowardTarget ?? null;
  }

  async loadSupersededById(loaders: LoaderRegistry, measurementId: string): Promise<string | null> {
    const correction = await loaders
      .get<string, Measurement | null>('measurement.bySupersedes', async (ids) =>
        orderByKeys(ids, await this.measurements.findBy({ supersedesId: In([...ids]) }), (m) => m.supersedesId!),
      )
      .load(measurementId);
    return correction?.id ?? null;
  }

  record(call: CallContext, input: RecordMeasurementInput): Promise<Measurement> {
    return this.audited.run(call, 'measurement.record', async (tx) => {
      const { indicator, plan } = await this.access.indicator(tx, call, input.indicatorId, 'input.indicatorId');
      const measurement = await tx.save(
        tx.create(Measurement, {
          indicatorId: indicator.id,
          ...figureOf(plan, indicator, input),
          supersedesId: null,
          correctionReason: null,
          recordedById: call.actor.userId,
        }),
      );
      return { result: measurement, entityType: 'Measurement', entityId: measurement.id, before: null, after: measurement };
    });
  }

  /** A correction is a new measurement superseding the old one, which stays in the history. */
  correct(call: CallContext, input: CorrectMeasurementInput): Promise<Measurement> {
    this.access.assertRepresentative(call);
    return this.audited.run(call, 'measurement.correct', async (tx) => {
      const old = await tx.findOne(Measurement, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!old) throw new EntityNotFoundException('Measurement', input.id, 'input.id');
      const { indicator, plan } = await this.access.indicator(tx, call, old.indicatorId, 'input.id');
      if (await tx.existsBy(Measurement, { supersedesId: old.id })) {
        throw new GoalsException(GoalsExceptionCode.ALREADY_CORRECTED, 'This measurement has been corrected already: correct the current one', 'input.id');
      }
      const reason = input.reason.trim();
      if (reason === '') throw new GoalsException(GoalsExceptionCode.REASON_REQUIRED, 'Say why the measurement is corrected', 'input.reason');
      const corrected = await tx.save(
        tx.create(Measurement, {
          indicatorId: indicator.id,
          ...figureOf(plan, indicator, input),
          supersedesId: old.id,
          correctionReason: reason,
          recordedById: call.actor.userId,
        }),
      );
      return { result: corrected, entityType: 'Measurement', entityId: corrected.id, before: old, after: corrected };
    });
  }
}
