import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** One of the plan's shared development areas. */
@ObjectType()
@Entity({ name: 'development_areas' })
@Index(['planId', 'number'], { unique: true })
export class DevelopmentArea {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne('Plan', { nullable: false })
  @JoinColumn({ name: 'plan_id' })
  private readonly plan?: unknown;

  @Field(() => Int)
  @Column({ type: 'integer' })
  number: number;

  @Field()
  @Column({ type: 'text' })
  title: string;
}
