import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

/** An indicator's figure for one year, and how far it has come toward the target. */
@ObjectType()
export class SeriesPoint {
  @Field(() => Int)
  year: number;

  @Field(() => Float)
  value: number;

  @Field(() => Int, { nullable: true })
  numerator: number | null;

  @Field(() => Int, { nullable: true })
  denominator: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '(value − baseline) / (target − baseline): 0 at the baseline, 1 at the target, not clamped; null without baseline and target',
  })
  progressTowardTarget: number | null;

  @Field(() => ID, { description: 'The measurement the figure comes from' })
  measurementId: string;
}
