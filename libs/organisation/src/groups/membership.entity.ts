import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { MembershipRole } from '@samverkan/auth';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** A person's seat in a group, with their role there. */
@ObjectType()
@Entity({ name: 'memberships' })
@Index(['groupId', 'userId'], { unique: true })
export class Membership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne('Group', { nullable: false })
  @JoinColumn({ name: 'group_id' })
  private readonly group?: unknown;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne('User', { nullable: false })
  @JoinColumn({ name: 'user_id' })
  private readonly user?: unknown;

  @Field(() => MembershipRole)
  @Column({ type: 'text' })
  role: MembershipRole;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
