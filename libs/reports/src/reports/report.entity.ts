import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ReportLanguage } from './report-language';

export enum ReportKind {
  /** A working group's annual written report to the steering group. */
  WORKING_GROUP = 'WORKING_GROUP',
  /** An agency's annual follow-up of its own goals. */
  AGENCY_FOLLOW_UP = 'AGENCY_FOLLOW_UP',
}

/** Where a version, and the report through its latest version, stands. */
export enum ReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  RETURNED = 'RETURNED',
}

registerEnumType(ReportKind, { name: 'ReportKind' });
registerEnumType(ReportStatus, { name: 'ReportStatus' });

/** One annual report of a plan: a working group's, or an agency's goal follow-up. Its text lives in its versions. */
@ObjectType()
@Entity({ name: 'reports' })
@Index('UQ_reports_group_year', ['planId', 'year', 'groupId'], { unique: true, where: 'group_id IS NOT NULL' })
@Index('UQ_reports_agency_year', ['planId', 'year', 'agencyId'], { unique: true, where: 'agency_id IS NOT NULL' })
@Check('CHK_reports_language', `language IN ('sv', 'en')`)
@Check(
  'CHK_reports_author',
  `(kind = 'WORKING_GROUP' AND group_id IS NOT NULL AND agency_id IS NULL) OR (kind = 'AGENCY_FOLLOW_UP' AND agency_id IS NOT NULL AND group_id IS NULL)`,
)
export class Report {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne('Plan', { nullable: false })
  @JoinColumn({ name: 'plan_id' })
  private readonly plan?: unknown;

  @Field(() => Int, { description: 'The calendar year reported on' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => ReportKind)
  @Column({ type: 'text' })
  kind: ReportKind;

  @Field(() => ID, { nullable: true, description: 'The reporting working group (WORKING_GROUP)' })
  @Column({ type: 'uuid', nullable: true })
  groupId: string | null;

  @ManyToOne('Group', { nullable: true })
  @JoinColumn({ name: 'group_id' })
  private readonly group?: unknown;

  @Field(() => ID, { nullable: true, description: 'The agency following up its goals (AGENCY_FOLLOW_UP)' })
  @Column({ type: 'uuid', nullable: true })
  agencyId: string | null;

  @ManyToOne('Agency', { nullable: true })
  @JoinColumn({ name: 'agency_id' })
  private readonly agency?: unknown;

  @Field(() => ReportStatus, { description: 'The status of the latest version' })
  @Column({ type: 'text' })
  status: ReportStatus;

  @Field(() => ReportLanguage, { description: 'The language its PDF is rendered in at submission' })
  @Column({ type: 'text', default: ReportLanguage.SV })
  language: ReportLanguage;

  @Field(() => Int, { description: 'Number of the latest version, from 1' })
  @Column({ type: 'integer' })
  latestVersion: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a version was first submitted' })
  @Column({ type: 'timestamptz', nullable: true })
  firstSubmittedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
