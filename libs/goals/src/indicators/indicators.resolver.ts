import { Args, Float, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Call, CallContext, Loaders } from '@samverkan/auth';
import { LoaderRegistry } from '@samverkan/common';
import { Measurement } from '../measurements/measurement.entity';
import { MeasurementsService } from '../measurements/measurements.service';
import { SeriesPoint } from '../measurements/series-point.type';
import { Indicator } from './indicator.entity';
import { CreateIndicatorInput, UpdateIndicatorInput } from './indicator.inputs';
import { IndicatorsService } from './indicators.service';

@Resolver(() => Indicator)
export class IndicatorsResolver {
  constructor(
    private readonly indicatorService: IndicatorsService,
    private readonly measurementService: MeasurementsService,
  ) {}

  @Mutation(() => Indicator, { description: "Representatives of the goal's agency only" })
  createIndicator(@Call() call: CallContext, @Args('input') input: CreateIndicatorInput): Promise<Indicator> {
    return this.indicatorService.create(call, input);
  }

  @Mutation(() => Indicator, { description: "Representatives of the goal's agency only; the unit cannot change" })
  updateIndicator(@Call() call: CallContext, @Args('input') input: UpdateIndicatorInput): Promise<Indicator> {
    return this.indicatorService.update(call, input);
  }

  @ResolveField(() => [Measurement], { description: 'Current measurements (corrections replace what they correct), by year and date' })
  measurements(@Parent() indicator: Indicator, @Loaders() loaders: LoaderRegistry): Promise<Measurement[]> {
    return this.measurementService.loadCurrent(loaders, indicator.id);
  }

  @ResolveField(() => [Measurement], { description: 'Every measurement recorded, corrected ones included, in the order recorded' })
  history(@Parent() indicator: Indicator, @Loaders() loaders: LoaderRegistry): Promise<Measurement[]> {
    return this.measurementService.loadHistory(loaders, indicator.id);
  }

  @ResolveField(() => [SeriesPoint], { description: "One figure per year (the year's latest), with progress toward the target" })
  series(@Parent() indicator: Indicator, @Loaders() loaders: LoaderRegistry): Promise<SeriesPoint[]> {
    return this.measurementService.loadSeries(loaders, indicator);
  }

  @ResolveField(() => Float, { nullable: true, description: "Progress of the latest year's figure: 0 at the baseline, 1 at the target, not clamped" })
  progressTowardTarget(@Parent() indicator: Indicator, @Loaders() loaders: LoaderRegistry): Promise<number | null> {
    return this.measurementService.loadProgress(loaders, indicator);
  }
}
