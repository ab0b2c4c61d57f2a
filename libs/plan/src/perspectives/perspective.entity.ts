import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** A cross-cutting perspective every action can carry and every report accounts for. */
@ObjectType()
@Entity({ name: 'perspectives' })
@Index(['planId', 'code'], { unique: true })
export class Perspective {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne('Plan', { nullable: false })
  @JoinColumn({ name: 'plan_id' })
  private readonly plan?: unknown;

  @Field({ description: 'Stable code, e.g. HONOUR_RELATED_VIOLENCE' })
  @Column({ type: 'text' })
  code: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'What the perspective covers' })
  @Column({ type: 'text', default: '' })
  description: string;
}
