import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** How a notification reached its recipient besides the app itself. */
export enum NotificationDelivery {
  IN_APP = 'IN_APP',
  EMAIL = 'EMAIL',
  /** Collected into the next daily digest e-mail. */
  DIGEST = 'DIGEST',
}
registerEnumType(NotificationDelivery, { name: 'NotificationDelivery' });

/** Something the workspace tells one person, shown in the app until they have read it. */
@ObjectType()
@Entity({ name: 'notifications' })
@Index('IDX_notifications_recipient', ['recipientId', 'createdAt'])
@Index('IDX_notifications_unread', ['recipientId'], { where: 'read_at IS NULL' })
@Index('IDX_notifications_awaiting_digest', ['recipientId'], { where: "delivery = 'DIGEST' AND digested_at IS NULL" })
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  recipientId: string;

  @ManyToOne('User', { nullable: false })
  @JoinColumn({ name: 'recipient_id' })
  private readonly recipient?: unknown;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field({ description: 'What the notification is about, e.g. ACTION_ITEM or ANNUAL_REPORT' })
  @Column({ type: 'text' })
  subjectType: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  subjectId: string;

  @Field(() => String, { nullable: true, description: 'The deadline it concerns, YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  /** What caused it, e.g. `reminder:<id>`: the same cause never notifies twice. */
  @Index('UQ_notifications_source', { unique: true })
  @Column({ type: 'text' })
  sourceKey: string;

  @Field(() => NotificationDelivery)
  @Column({ type: 'text' })
  delivery: NotificationDelivery;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** When a DIGEST notification went out in a digest e-mail. */
  @Column({ type: 'timestamptz', nullable: true })
  digestedAt: Date | null;
}
