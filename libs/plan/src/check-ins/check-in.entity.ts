import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { ActionItemHealth, ActionItemStatus, ItemLink } from '../items/action-item.entity';
import { ItemEntry } from '../items/item-entry.base';

/** A dated progress update on an item: what happened, and where the item now stands. */
@ObjectType()
@Entity({ name: 'check_ins' })
@Index(['itemId', 'postedAt'])
export class CheckIn extends ItemEntry {
  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz' })
  postedAt: Date;

  @Field()
  @Column({ type: 'text' })
  narrative: string;

  @Field(() => ActionItemStatus, { nullable: true, description: 'The status it set, if any' })
  @Column({ type: 'text', nullable: true })
  status: ActionItemStatus | null;

  @Field(() => ActionItemHealth, { nullable: true, description: 'The health it set, if any' })
  @Column({ type: 'text', nullable: true })
  health: ActionItemHealth | null;

  @Field(() => Int, { nullable: true, description: 'The progress it set, if any' })
  @Column({ type: 'integer', nullable: true })
  progress: number | null;

  @Field(() => [ItemLink])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  evidenceLinks: ItemLink[];
}
