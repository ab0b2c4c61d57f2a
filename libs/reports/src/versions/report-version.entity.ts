import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '@samverkan/common';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ReportSections } from '../content/report-sections';
import { ReportStatus } from '../reports/report.entity';

/**
 * One version of a report. A draft is edited in place; from submission on
 * its text, snapshot, document, PDF and hash are frozen (a database trigger
 * refuses to change them) and only the steering group's review is added.
 */
@ObjectType()
@Entity({ name: 'report_versions' })
@Index(['reportId', 'number'], { unique: true })
@Check(
  'CHK_report_versions_sealed',
  'submitted_at IS NULL OR (submitted_by_id IS NOT NULL AND snapshot IS NOT NULL AND document IS NOT NULL AND sha256 IS NOT NULL AND pdf IS NOT NULL)',
)
export class ReportVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  reportId: string;

  @ManyToOne('Report', { nullable: false })
  @JoinColumn({ name: 'report_id' })
  private readonly report?: unknown;

  @Field(() => Int, { description: '1 for the first version, then 2, 3 … after revisions' })
  @Column({ type: 'integer' })
  number: number;

  @Field(() => ReportStatus)
  @Column({ type: 'text' })
  status: ReportStatus;

  @Field(() => ReportSections)
  @Column({ type: 'jsonb' })
  sections: ReportSections;

  @Field(() => String, { nullable: true, description: "The agency's registration number (diarienummer), when it has one" })
  @Column({ type: 'text', nullable: true })
  registrationNumber: string | null;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne('User', { nullable: false })
  @JoinColumn({ name: 'created_by_id' })
  private readonly createdBy?: unknown;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  submittedById: string | null;

  @ManyToOne('User', { nullable: true })
  @JoinColumn({ name: 'submitted_by_id' })
  private readonly submittedBy?: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: "The plan data taken at submission: the group's items or the agency's goals" })
  @Column({ type: 'jsonb', nullable: true })
  snapshot: object | null;

  @Field(() => String, { nullable: true, description: 'The submitted document: canonical JSON, exactly the text that was hashed and sent' })
  @Column({ type: 'text', nullable: true })
  document: string | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 (hex) of the UTF-8 bytes of `document`' })
  @Column({ type: 'char', length: 64, nullable: true })
  sha256: string | null;

  /** The rendered PDF; loaded only when asked for. */
  @Column({ type: 'bytea', nullable: true, select: false })
  pdf: Buffer | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the steering group acknowledged or returned it' })
  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  reviewedById: string | null;

  @ManyToOne('User', { nullable: true })
  @JoinColumn({ name: 'reviewed_by_id' })
  private readonly reviewedBy?: unknown;

  @Field(() => String, { nullable: true, description: "The steering group's comment; required when returning for revision" })
  @Column({ type: 'text', nullable: true })
  reviewComment: string | null;
}
