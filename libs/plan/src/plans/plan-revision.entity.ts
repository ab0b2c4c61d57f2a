import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlanSnapshot } from './plan-snapshot.types';

/** A recorded revision of the plan during its period: what changed and why. */
@ObjectType()
@Entity({ name: 'plan_revisions' })
@Index(['planId', 'number'], { unique: true })
export class PlanRevision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne('Plan', { nullable: false })
  @JoinColumn({ name: 'plan_id' })
  private readonly plan?: unknown;

  @Field(() => Int)
  @Column({ type: 'integer' })
  number: number;

  @Field({ description: 'Date from which the revision applies (YYYY-MM-DD)' })
  @Column({ type: 'date' })
  effectiveFrom: string;

  @Field({ description: 'What changed' })
  @Column({ type: 'text' })
  summary: string;

  @Field({ description: 'Why it changed' })
  @Column({ type: 'text' })
  rationale: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne('User', { nullable: true })
  @JoinColumn({ name: 'decided_by_id' })
  private readonly decidedBy?: unknown;

  /** The plan's structure and items when the revision was recorded; read through Plan.asOfRevision. */
  @Column({ type: 'jsonb', nullable: true })
  snapshot: PlanSnapshot | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
