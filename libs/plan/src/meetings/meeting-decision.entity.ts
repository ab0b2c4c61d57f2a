import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** A decision taken at a meeting, possibly with a follow-up item it created. */
@ObjectType()
@Entity({ name: 'meeting_decisions' })
@Index(['meetingId', 'position'], { unique: true })
export class MeetingDecision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne('Meeting', { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  private readonly meeting?: unknown;

  @Field(() => Int)
  @Column({ type: 'integer' })
  position: number;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  followUpItemId: string | null;

  @ManyToOne('ActionItem', { nullable: true })
  @JoinColumn({ name: 'follow_up_item_id' })
  private readonly followUpItem?: unknown;
}
