import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** An agency supporting a group beyond membership, e.g. with knowledge and quality assurance. */
@ObjectType()
@Entity({ name: 'group_supports' })
export class GroupSupport {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  groupId: string;

  @ManyToOne('Group', { nullable: false })
  @JoinColumn({ name: 'group_id' })
  private readonly group?: unknown;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  agencyId: string;

  @ManyToOne('Agency', { nullable: false })
  @JoinColumn({ name: 'agency_id' })
  private readonly agency?: unknown;

  @Field({ description: 'What the agency contributes' })
  @Column({ type: 'text' })
  contribution: string;
}
