import { NotificationDelivery } from '@samverkan/notifications';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export enum ReminderState {
  SCHEDULED = 'SCHEDULED',
  SENT = 'SENT',
  CANCELLED = 'CANCELLED',
}

/**
 * One reminder to one person about one deadline, at one instant. The row is
 * the record: its BullMQ delayed job (id = row id) only wakes a worker at
 * `dueAt`, and the worker sends it by moving it from SCHEDULED to SENT.
 */
@Entity({ name: 'reminders' })
// One reminder per person and step of a due date: planning again never adds one that was sent.
@Index('UQ_reminders_step', ['deadlineId', 'recipientId', 'offsetDays', 'forDueDate'], { unique: true, where: "state <> 'CANCELLED'" })
// Reminders still to send, by time (the metrics' count of late ones).
@Index('IDX_reminders_scheduled', ['dueAt'], { where: "state = 'SCHEDULED'" })
@Index('IDX_reminders_recipient', ['recipientId'])
export class Reminder {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  deadlineId: string;

  @ManyToOne('Deadline', { nullable: false })
  @JoinColumn({ name: 'deadline_id' })
  private readonly deadline?: unknown;

  @Column({ type: 'uuid' })
  recipientId: string;

  @ManyToOne('User', { nullable: false })
  @JoinColumn({ name: 'recipient_id' })
  private readonly recipient?: unknown;

  /** The deadline's due date this reminder was planned for; a moved due date gets reminders of its own. */
  @Column({ type: 'date' })
  forDueDate: string;

  /** Calendar days from the due date: negative before it, positive once it has passed. */
  @Column({ type: 'integer' })
  offsetDays: number;

  /** 0 for a reminder before or on the day; 1 for the first escalation step, and so on. */
  @Column({ type: 'integer' })
  escalationLevel: number;

  /**
   * Every reminder appears in the app; this is how it also leaves it. Planned
   * from the recipient's preference; once sent, the channel actually used.
   */
  @Column({ type: 'text' })
  channel: NotificationDelivery;

  /** Escalations to the steering group go by e-mail, whatever the recipient prefers. */
  @Column({ type: 'boolean', default: false })
  emailRequired: boolean;

  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'text', default: ReminderState.SCHEDULED })
  state: ReminderState;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;
}
