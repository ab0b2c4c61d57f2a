import { registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

export enum DeliveryChannel {
  /** SMTP to the agency's contact address, with the PDF and the JSON attached. */
  EMAIL = 'EMAIL',
  /** HTTPS POST of the JSON to the agency's document-management system. */
  WEBHOOK = 'WEBHOOK',
}
registerEnumType(DeliveryChannel, { name: 'DeliveryChannel' });

/**
 * One copy of one submitted version to one receiving agency over one channel.
 * The row holds what was promised and, once the receiver accepted it, what it
 * answered. Attempts, the last error, the next attempt and death are those of
 * its outbox message, the one record of retries (see docs/reports.md).
 */
@Entity({ name: 'report_deliveries' })
@Index(['versionId', 'agencyId', 'channel'], { unique: true })
export class ReportDelivery {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  versionId: string;

  @ManyToOne('ReportVersion', { nullable: false })
  @JoinColumn({ name: 'version_id' })
  private readonly version?: unknown;

  @Column({ type: 'uuid' })
  agencyId: string;

  @ManyToOne('Agency', { nullable: false })
  @JoinColumn({ name: 'agency_id' })
  private readonly agency?: unknown;

  @Column({ type: 'text' })
  channel: DeliveryChannel;

  /** The outbox message that carries the copy; no foreign key, so completed messages can be cleaned up. */
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  outboxMessageId: string;

  /** Message-ID (e-mail) or Idempotency-Key (webhook): the same on every attempt, so a receiver can drop a repeat. */
  @Column({ type: 'text' })
  deliveryKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** When the receiving server accepted the copy; set in the same transaction that completes the outbox message. */
  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** The address or URL the accepted copy went to. */
  @Column({ type: 'text', nullable: true })
  recipient: string | null;

  /** The receiving server's answer, e.g. `250 OK: message queued` or `HTTP 202`. */
  @Column({ type: 'text', nullable: true })
  serverReply: string | null;
}
