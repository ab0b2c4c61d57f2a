import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One figure of an indicator for a year or a dated point. Never changed:
 * a correction is a new measurement that supersedes this one.
 */
@ObjectType()
@Entity({ name: 'indicator_measurements' })
@Index(['indicatorId', 'year'])
export class Measurement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  indicatorId: string;

  @ManyToOne('Indicator', { nullable: false })
  @JoinColumn({ name: 'indicator_id' })
  private readonly indicator?: unknown;

  @Field(() => Int)
  @Column({ type: 'integer' })
  year: number;

  @Field(() => String, { nullable: true, description: 'The dated point within the year (YYYY-MM-DD); null for the whole year' })
  @Column({ type: 'date', nullable: true })
  measuredOn: string | null;

  @Field(() => Float, { description: 'In the unit of the indicator; for RATIO the share numerator / denominator' })
  @Column({ type: 'double precision' })
  value: number;

  @Field(() => Int, { nullable: true, description: 'RATIO only' })
  @Column({ type: 'integer', nullable: true })
  numerator: number | null;

  @Field(() => Int, { nullable: true, description: 'RATIO only' })
  @Column({ type: 'integer', nullable: true })
  denominator: number | null;

  @Field({ description: "Where this figure comes from, when more specific than the indicator's source" })
  @Column({ type: 'text', default: '' })
  source: string;

  @Field()
  @Column({ type: 'text', default: '' })
  note: string;

  @Field(() => ID, { nullable: true, description: 'The measurement this one corrects; each is corrected at most once' })
  @Column({ type: 'uuid', nullable: true, unique: true })
  supersedesId: string | null;

  @ManyToOne('Measurement', { nullable: true })
  @JoinColumn({ name: 'supersedes_id' })
  private readonly supersedes?: unknown;

  @Field(() => String, { nullable: true, description: 'Why the superseded measurement was corrected; null unless this is a correction' })
  @Column({ type: 'text', nullable: true })
  correctionReason: string | null;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  recordedById: string;

  @ManyToOne('User', { nullable: false })
  @JoinColumn({ name: 'recorded_by_id' })
  private readonly recordedBy?: unknown;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
