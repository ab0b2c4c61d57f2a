import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A joint, multi-year action plan. */
@ObjectType()
@Entity({ name: 'plans' })
export class Plan {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Short stable key, e.g. IPV-2019-2021' })
  @Column({ type: 'text', unique: true })
  key: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Government assignments or other mandates behind the plan' })
  @Column({ type: 'text', default: '' })
  mandate: string;

  @Field({ description: 'First day of the period (YYYY-MM-DD)' })
  @Column({ type: 'date' })
  periodStart: string;

  @Field({ description: 'Last day of the period (YYYY-MM-DD)' })
  @Column({ type: 'date' })
  periodEnd: string;

  @Field(() => Int, { description: 'Number of the latest revision; 0 before the first' })
  @Column({ type: 'integer', default: 0 })
  currentRevision: number;

  @Field(() => Int, { description: 'An open item with no check-in for this many days is stale' })
  @Column({ type: 'integer', default: 30 })
  staleAfterDays: number;

  /** Moves on with every change to the plan's items, so cached reads of them know when they are out of date. */
  @Column({ type: 'integer', default: 0 })
  contentVersion: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
