import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export enum DigestState {
  SCHEDULED = 'SCHEDULED',
  SENT = 'SENT',
}

/**
 * One digest e-mail due to one person: the DIGEST notifications that have
 * gathered by then, sent once. The row is the record; its BullMQ delayed job
 * (id = row id) only wakes the worker at the right time.
 */
@Entity({ name: 'notification_digests' })
@Index('UQ_notification_digests_due', ['recipientId', 'dueAt'], { unique: true })
@Index('IDX_notification_digests_scheduled', ['dueAt'], { where: "state = 'SCHEDULED'" })
export class NotificationDigest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  recipientId: string;

  @ManyToOne('User', { nullable: false })
  @JoinColumn({ name: 'recipient_id' })
  private readonly recipient?: unknown;

  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'text', default: DigestState.SCHEDULED })
  state: DigestState;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
