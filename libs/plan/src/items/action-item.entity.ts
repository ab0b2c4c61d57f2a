import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum ActionItemStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  BLOCKED = 'BLOCKED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ActionItemStatus, { name: 'ActionItemStatus' });

/** How the work is going, separate from where it stands. */
export enum ActionItemHealth {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
}
registerEnumType(ActionItemHealth, { name: 'ActionItemHealth' });

/** Closed items accept no check-ins until the coordinator reopens them. */
export const CLOSED_STATUSES: readonly ActionItemStatus[] = [ActionItemStatus.DONE, ActionItemStatus.CANCELLED];

export function isClosed(status: ActionItemStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

/** Top-level items are depth 1; sub-items go down to this depth. */
export const MAX_ITEM_DEPTH = 3;

/** A document or web page an item or check-in points to. */
@ObjectType()
export class ItemLink {
  @Field()
  title: string;

  @Field()
  url: string;
}

/** A shared action under a development area, owned by a working group and led by one agency. */
@ObjectType()
@Entity({ name: 'action_items' })
@Index(['planId', 'dueDate'])
export class ActionItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne('Plan', { nullable: false })
  @JoinColumn({ name: 'plan_id' })
  private readonly plan?: unknown;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne('ActionItem', { nullable: true })
  @JoinColumn({ name: 'parent_id' })
  private readonly parent?: unknown;

  @Field(() => Int, { description: `1 for a top-level item, down to ${MAX_ITEM_DEPTH}` })
  @Column({ type: 'integer' })
  depth: number;

  @Field(() => ID, { description: 'The working group that owns the item' })
  @Index()
  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne('Group', { nullable: false })
  @JoinColumn({ name: 'group_id' })
  private readonly group?: unknown;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  developmentAreaId: string;

  @ManyToOne('DevelopmentArea', { nullable: false })
  @JoinColumn({ name: 'development_area_id' })
  private readonly developmentArea?: unknown;

  @Field(() => ID, { nullable: true, description: 'A sub-topic of its development area' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  subTopicId: string | null;

  @ManyToOne('SubTopic', { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sub_topic_id' })
  private readonly subTopic?: unknown;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  leadAgencyId: string;

  @ManyToOne('Agency', { nullable: false })
  @JoinColumn({ name: 'lead_agency_id' })
  private readonly leadAgency?: unknown;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  ownerId: string;

  @ManyToOne('User', { nullable: false })
  @JoinColumn({ name: 'owner_id' })
  private readonly owner?: unknown;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  @Field(() => ActionItemStatus)
  @Column({ type: 'text' })
  status: ActionItemStatus;

  @Field(() => ActionItemHealth)
  @Column({ type: 'text' })
  health: ActionItemHealth;

  @Field(() => GraphQLISODateTime, { description: 'When the health last changed' })
  @Column({ type: 'timestamptz' })
  healthSince: Date;

  @Field(() => Int, { description: "0–100; a parent's progress is rolled up from its sub-items" })
  @Column({ type: 'integer', default: 0 })
  progress: number;

  @Field(() => Int, { nullable: true, description: "Weight in the parent's roll-up; a sub-item without one counts as 1" })
  @Column({ type: 'integer', nullable: true })
  weight: number | null;

  @Field(() => [ItemLink])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  links: ItemLink[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastCheckInAt: Date | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
