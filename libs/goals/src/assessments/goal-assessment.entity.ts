import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum AssessmentOutcome {
  FULFILLED = 'FULFILLED',
  PARTLY_FULFILLED = 'PARTLY_FULFILLED',
  NOT_FULFILLED = 'NOT_FULFILLED',
  /** Needs a justification saying why, e.g. that indications are not counted. */
  NOT_ASSESSABLE = 'NOT_ASSESSABLE',
}
registerEnumType(AssessmentOutcome, { name: 'AssessmentOutcome' });

/** The owning agency's judgement of a goal for one year. */
@ObjectType()
@Entity({ name: 'goal_assessments' })
@Index(['goalId', 'year'], { unique: true })
export class GoalAssessment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  goalId: string;

  @ManyToOne('Goal', { nullable: false })
  @JoinColumn({ name: 'goal_id' })
  private readonly goal?: unknown;

  @Field(() => Int)
  @Column({ type: 'integer' })
  year: number;

  @Field(() => AssessmentOutcome)
  @Column({ type: 'text' })
  outcome: AssessmentOutcome;

  @Field()
  @Column({ type: 'text', default: '' })
  justification: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  assessedById: string;

  @ManyToOne('User', { nullable: false })
  @JoinColumn({ name: 'assessed_by_id' })
  private readonly assessedBy?: unknown;

  @Field(() => GraphQLISODateTime, { description: 'When the assessment was last set' })
  @UpdateDateColumn({ type: 'timestamptz' })
  assessedAt: Date;
}
