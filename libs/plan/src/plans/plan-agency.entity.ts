import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

export enum PlanAgencyRole {
  /** Takes part in the working groups and follows up its own goals. */
  MEMBER = 'MEMBER',
  /** Coordinates the whole plan and receives a copy of every written report. */
  COORDINATOR = 'COORDINATOR',
  /** Other collaboration partner. */
  PARTNER = 'PARTNER',
}
registerEnumType(PlanAgencyRole, { name: 'PlanAgencyRole' });

/** An agency's part in a plan. */
@ObjectType()
@Entity({ name: 'plan_agencies' })
export class PlanAgency {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  planId: string;

  @ManyToOne('Plan', { nullable: false })
  @JoinColumn({ name: 'plan_id' })
  private readonly plan?: unknown;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  agencyId: string;

  @ManyToOne('Agency', { nullable: false })
  @JoinColumn({ name: 'agency_id' })
  private readonly agency?: unknown;

  @Field(() => PlanAgencyRole)
  @Column({ type: 'text' })
  role: PlanAgencyRole;

  @Field({ description: 'Its responsibility in the plan' })
  @Column({ type: 'text', default: '' })
  responsibility: string;
}
