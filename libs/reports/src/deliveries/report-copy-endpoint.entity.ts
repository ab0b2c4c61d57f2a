import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * An agency's document-management system that takes report copies by
 * webhook, besides the e-mail to its contact address. The signing secret is
 * configuration (REPORT_WEBHOOK_SECRET_<AGENCY CODE>), never stored here.
 */
@ObjectType()
@Entity({ name: 'report_copy_endpoints' })
export class ReportCopyEndpoint {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  agencyId: string;

  @OneToOne('Agency', { nullable: false })
  @JoinColumn({ name: 'agency_id' })
  private readonly agency?: unknown;

  @Field({ description: 'HTTPS URL the JSON document is POSTed to' })
  @Column({ type: 'text' })
  url: string;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
