import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ApiTokenScope } from '@samverkan/auth';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** A token an integration calls the API with instead of a person's login. Only its hash is kept. */
@ObjectType()
@Entity({ name: 'api_tokens' })
export class ApiToken {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'What the integration is, e.g. "Statistics export, FK"' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => [ApiTokenScope])
  @Column({ type: 'text', array: true })
  scopes: ApiTokenScope[];

  /** SHA-256 (hex) of the secret. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  secretHash: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne('User', { nullable: false })
  @JoinColumn({ name: 'created_by_id' })
  private readonly createdBy?: unknown;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null: valid until revoked' })
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
