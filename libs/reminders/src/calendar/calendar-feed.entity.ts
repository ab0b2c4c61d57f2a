import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';

/**
 * A person's calendar subscription. The secret in its address is derived
 * from the server's key, the person and `version`, so the address can be
 * shown again; only the secret's SHA-256 is stored, to find the person.
 */
@Entity({ name: 'calendar_feeds' })
export class CalendarFeed {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @OneToOne('User', { nullable: false })
  @JoinColumn({ name: 'user_id' })
  private readonly user?: unknown;

  /** Raised by each rotation, which makes a new secret and retires the old address. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Index('UQ_calendar_feeds_secret', { unique: true })
  @Column({ type: 'text' })
  secretHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  rotatedAt: Date | null;
}
