import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** What check-ins and comments share: they are written on an item by a person. */
@ObjectType({ isAbstract: true })
export abstract class ItemEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  itemId: string;

  @ManyToOne('ActionItem', { nullable: false })
  @JoinColumn({ name: 'item_id' })
  private readonly item?: unknown;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne('User', { nullable: false })
  @JoinColumn({ name: 'author_id' })
  private readonly author?: unknown;
}
