import { registerEnumType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** How a person wants to hear about reminders beyond the app. Escalations to the steering group always go by e-mail. */
export enum NotificationPreference {
  EMAIL_IMMEDIATE = 'EMAIL_IMMEDIATE',
  DAILY_DIGEST = 'DAILY_DIGEST',
  IN_APP_ONLY = 'IN_APP_ONLY',
}
registerEnumType(NotificationPreference, { name: 'NotificationPreference' });

/** Who has no row gets e-mail at once. */
export const DEFAULT_NOTIFICATION_PREFERENCE = NotificationPreference.EMAIL_IMMEDIATE;

/** One person's notification settings; a person without a row has the defaults. */
@Entity({ name: 'notification_settings' })
export class NotificationSettings {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @OneToOne('User', { nullable: false })
  @JoinColumn({ name: 'user_id' })
  private readonly user?: unknown;

  @Column({ type: 'text' })
  preference: NotificationPreference;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
