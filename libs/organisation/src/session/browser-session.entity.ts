import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** A person signed in from a browser: the cookie holds the secret, this row only its hash. */
@Entity({ name: 'sessions' })
export class BrowserSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne('User', { nullable: false })
  @JoinColumn({ name: 'user_id' })
  private readonly user?: unknown;

  /** SHA-256 (hex) of the cookie's secret. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  secretHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Moved on at most once a minute, so an idle session ends without a write per request. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;

  /** The absolute end, however active the person is. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** Set by sign-out, a password change elsewhere or deactivation. */
  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}
