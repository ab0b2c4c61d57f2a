import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { UserRole } from '@samverkan/auth';
import { DEFAULT_LANGUAGE, Language } from '@samverkan/common';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A person working in the plan, employed by one agency. Never a client. */
@ObjectType()
@Entity({ name: 'users' })
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Work e-mail, stored lower-case' })
  @Index({ unique: true })
  @Column({ type: 'text' })
  email: string;

  @Field()
  @Column({ type: 'text' })
  displayName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  agencyId: string;

  @ManyToOne('Agency', { nullable: false })
  @JoinColumn({ name: 'agency_id' })
  private readonly agency?: unknown;

  @Field(() => [UserRole], { description: 'Roles held regardless of group' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles: UserRole[];

  @Field()
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => Language, { description: 'The language of the workspace and of e-mails to this person' })
  @Column({ type: 'text', default: DEFAULT_LANGUAGE })
  language: Language;

  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  /** Bumped on logout and password change so older tokens stop working. */
  @Column({ type: 'integer', default: 0 })
  tokenVersion: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
