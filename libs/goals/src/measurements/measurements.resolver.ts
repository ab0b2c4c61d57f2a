import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Call, CallContext, Loaders } from '@samverkan/auth';
import { LoaderRegistry } from '@samverkan/common';
import { Measurement } from './measurement.entity';
import { CorrectMeasurementInput, RecordMeasurementInput } from './measurement.inputs';
import { MeasurementsService } from './measurements.service';

@Resolver(() => Measurement)
export class MeasurementsResolver {
  constructor(private readonly measurementService: MeasurementsService) {}

  @Mutation(() => Measurement, { description: "Representatives of the indicator's agency only" })
  recordMeasurement(@Call() call: CallContext, @Args('input') input: RecordMeasurementInput): Promise<Measurement> {
    return this.measurementService.record(call, input);
  }

  @Mutation(() => Measurement, { description: "Records a correction that supersedes the measurement. Representatives of the indicator's agency only" })
  correctMeasurement(@Call() call: CallContext, @Args('input') input: CorrectMeasurementInput): Promise<Measurement> {
    return this.measurementService.correct(call, input);
  }

  @ResolveField(() => ID, { nullable: true, description: 'The correction that replaced this measurement; null while it is current' })
  supersededById(@Parent() measurement: Measurement, @Loaders() loaders: LoaderRegistry): Promise<string | null> {
    return this.measurementService.loadSupersededById(loaders, measurement.id);
  }
}
