import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A goal one agency sets itself within a plan, followed up at least once a year. */
@ObjectType()
@Entity({ name: 'goals' })
@Index(['planId', 'agencyId', 'title'])
export class Goal {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne('Plan', { nullable: false })
  @JoinColumn({ name: 'plan_id' })
  private readonly plan?: unknown;

  @Field(() => ID, { description: 'The agency that owns the goal and follows it up' })
  @Column({ type: 'uuid' })
  agencyId: string;

  @ManyToOne('Agency', { nullable: false })
  @JoinColumn({ name: 'agency_id' })
  private readonly agency?: unknown;

  @Field(() => ID, { nullable: true, description: 'The shared development area the goal contributes to' })
  @Column({ type: 'uuid', nullable: true })
  developmentAreaId: string | null;

  @ManyToOne('DevelopmentArea', { nullable: true })
  @JoinColumn({ name: 'development_area_id' })
  private readonly developmentArea?: unknown;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'What the agency wants to achieve' })
  @Column({ type: 'text' })
  statement: string;

  @Field({ description: 'Where it applies, e.g. the benefit or business area' })
  @Column({ type: 'text', default: '' })
  scope: string;

  @Field(() => Int, { nullable: true, description: "First year the goal is followed up; null means from the plan's first year" })
  @Column({ type: 'integer', nullable: true })
  firstYear: number | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
