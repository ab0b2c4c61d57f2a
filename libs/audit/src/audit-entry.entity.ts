import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '@samverkan/common';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One row per mutation: who did what to which entity, before and after. Append-only in the database. */
@ObjectType()
@Entity({ name: 'audit_log' })
@Index(['entityType', 'entityId'])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field()
  @Column({ type: 'text' })
  action: string;

  @Field()
  @Column({ type: 'text' })
  entityType: string;

  @Field()
  @Column({ type: 'text' })
  entityId: string;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Field()
  @Column({ type: 'text' })
  requestId: string;
}
