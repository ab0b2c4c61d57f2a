import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** A one-time link to choose a new password: the e-mail holds the secret, this row only its hash. */
@Entity({ name: 'password_reset_tokens' })
export class PasswordResetToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne('User', { nullable: false })
  @JoinColumn({ name: 'user_id' })
  private readonly user?: unknown;

  /** SHA-256 (hex) of the link's secret. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  /** The administrator who sent the link. */
  @Column({ type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** Set when the link is used, or when a newer link for the same person replaces it. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
