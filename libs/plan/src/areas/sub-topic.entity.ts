import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** A sub-topic of a development area. */
@ObjectType()
@Entity({ name: 'sub_topics' })
@Index(['areaId', 'position'], { unique: true })
export class SubTopic {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  areaId: string;

  @ManyToOne('DevelopmentArea', { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'area_id' })
  private readonly area?: unknown;

  @Field(() => Int)
  @Column({ type: 'integer' })
  position: number;

  @Field()
  @Column({ type: 'text' })
  title: string;
}
