import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A meeting of the steering group or a working group: the continuous oral reporting. */
@ObjectType()
@Entity({ name: 'meetings' })
@Index(['planId', 'heldOn'])
@Index(['groupId', 'heldOn'])
export class Meeting {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne('Plan', { nullable: false })
  @JoinColumn({ name: 'plan_id' })
  private readonly plan?: unknown;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne('Group', { nullable: false })
  @JoinColumn({ name: 'group_id' })
  private readonly group?: unknown;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  heldOn: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field()
  @Column({ type: 'text', default: '' })
  notes: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  recordedById: string;

  @ManyToOne('User', { nullable: false })
  @JoinColumn({ name: 'recorded_by_id' })
  private readonly recordedBy?: unknown;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
