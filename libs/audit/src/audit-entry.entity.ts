import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from '@samverkan/common';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum AuditOutcome {
  SUCCEEDED = 'SUCCEEDED',
  /** Turned away by a rule: no login, no right, bad input, unknown id, a limit. */
  REFUSED = 'REFUSED',
  /** Broke on an unexpected error. */
  FAILED = 'FAILED',
}

registerEnumType(AuditOutcome, { name: 'AuditOutcome' });

/** Why a refused or failed mutation did not happen, as the caller was told. */
export interface AuditFailure {
  code: string;
  message: string;
  reason?: string;
  field?: string;
}

/**
 * One row per mutation: who did what to which entity, before and after, and
 * whether it happened. Append-only in the database, and each row carries the
 * SHA-256 of its content chained to the previous row's hash.
 */
@ObjectType()
@Entity({ name: 'audit_log' })
@Index(['entityType', 'entityId'])
@Index(['actorId'])
@Index(['occurredAt'])
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

  @Field({ description: 'What was done; for refused and failed rows, the GraphQL mutation' })
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

  @Field(() => AuditOutcome)
  @Column({ type: 'text' })
  outcome: AuditOutcome;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Error code, reason, field and message of a refused or failed mutation' })
  @Column({ type: 'jsonb', nullable: true })
  failure: AuditFailure | null;

  @Field({ description: 'Hash of the previous row (64 zeros for the first row)' })
  @Index({ unique: true })
  @Column({ type: 'text' })
  prevHash: string;

  @Field({ description: 'SHA-256 (hex) of this row\'s content and prevHash' })
  @Column({ type: 'text' })
  hash: string;
}
