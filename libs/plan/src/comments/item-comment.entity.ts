import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { ItemEntry } from '../items/item-entry.base';

/** A remark on an item, e.g. from the steering group or the observer. */
@ObjectType()
@Entity({ name: 'item_comments' })
@Index(['itemId', 'createdAt'])
export class ItemComment extends ItemEntry {
  @Field()
  @Column({ type: 'text' })
  text: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
