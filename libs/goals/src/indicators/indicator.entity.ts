import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum IndicatorUnit {
  /** A whole number, e.g. reports made to social services. */
  COUNT = 'COUNT',
  /** 0–100, e.g. the share of staff answering yes in a survey. */
  PERCENT = 'PERCENT',
  /** Numerator of denominator, e.g. 1,300 of 2,800 case officers; the value is the share, 0–1. */
  RATIO = 'RATIO',
}

export enum IndicatorDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}

export enum IndicatorSourceKind {
  SURVEY = 'SURVEY',
  REGISTER = 'REGISTER',
  FOLLOW_UP = 'FOLLOW_UP',
}

registerEnumType(IndicatorUnit, { name: 'IndicatorUnit' });
registerEnumType(IndicatorDirection, { name: 'IndicatorDirection' });
registerEnumType(IndicatorSourceKind, { name: 'IndicatorSourceKind' });

/** How a goal is measured: unit, direction, baseline, target and where the figure comes from. */
@ObjectType()
@Entity({ name: 'goal_indicators' })
export class Indicator {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  goalId: string;

  @ManyToOne('Goal', { nullable: false })
  @JoinColumn({ name: 'goal_id' })
  private readonly goal?: unknown;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => IndicatorUnit)
  @Column({ type: 'text' })
  unit: IndicatorUnit;

  @Field(() => IndicatorDirection)
  @Column({ type: 'text' })
  direction: IndicatorDirection;

  @Field(() => Float, { nullable: true, description: 'In the unit of the indicator (a share 0–1 for RATIO)' })
  @Column({ type: 'double precision', nullable: true })
  baselineValue: number | null;

  @Field(() => Int, { nullable: true, description: 'May lie before the plan period' })
  @Column({ type: 'integer', nullable: true })
  baselineYear: number | null;

  @Field(() => Float, { nullable: true, description: 'In the unit of the indicator (a share 0–1 for RATIO)' })
  @Column({ type: 'double precision', nullable: true })
  targetValue: number | null;

  @Field(() => Int, { nullable: true, description: 'Within the plan period, not before the baseline year' })
  @Column({ type: 'integer', nullable: true })
  targetYear: number | null;

  @Field(() => IndicatorSourceKind)
  @Column({ type: 'text' })
  sourceKind: IndicatorSourceKind;

  @Field({ description: 'Which survey, register or follow-up' })
  @Column({ type: 'text', default: '' })
  sourceDescription: string;

  @Field(() => String, { nullable: true, description: "The agency's registration number (diarienummer) of the source, when it has one" })
  @Column({ type: 'text', nullable: true })
  registrationNumber: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
