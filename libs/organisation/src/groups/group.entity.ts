import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { GroupKind } from '@samverkan/auth';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The steering group or a working group of a plan. */
@ObjectType()
@Entity({ name: 'groups' })
@Index(['planId', 'kind', 'number'], { unique: true })
export class Group {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne('Plan', { nullable: false })
  @JoinColumn({ name: 'plan_id' })
  private readonly plan?: unknown;

  @Field(() => GroupKind)
  @Column({ type: 'text' })
  kind: GroupKind;

  @Field(() => Int, { description: 'Working groups are numbered within the plan; the steering group is 0' })
  @Column({ type: 'integer' })
  number: number;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'What the group works on' })
  @Column({ type: 'text' })
  focus: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  coordinatingAgencyId: string | null;

  @ManyToOne('Agency', { nullable: true })
  @JoinColumn({ name: 'coordinating_agency_id' })
  private readonly coordinatingAgency?: unknown;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
