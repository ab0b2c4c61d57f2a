import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DeadlineKind } from '../deadlines/deadline-kind';
import { EscalationStep, ReminderTiming } from './reminder-timing';

/** A plan's timing for one kind of deadline, or a working group's override of it. */
@Entity({ name: 'reminder_rules' })
@Index('UQ_reminder_rules_plan', ['planId', 'deadlineKind'], { unique: true, where: 'group_id IS NULL' })
@Index('UQ_reminder_rules_group', ['groupId', 'deadlineKind'], { unique: true, where: 'group_id IS NOT NULL' })
export class ReminderRule implements ReminderTiming {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne('Plan', { nullable: false })
  @JoinColumn({ name: 'plan_id' })
  private readonly plan?: unknown;

  /** Set for a group's override of the plan's rule. */
  @Column({ type: 'uuid', nullable: true })
  groupId: string | null;

  @ManyToOne('Group', { nullable: true })
  @JoinColumn({ name: 'group_id' })
  private readonly group?: unknown;

  @Column({ type: 'text' })
  deadlineKind: DeadlineKind;

  @Column({ type: 'integer', array: true })
  daysBefore: number[];

  @Column({ type: 'jsonb' })
  escalations: EscalationStep[];

  @Column({ type: 'integer' })
  sendHour: number;

  @Column({ type: 'integer' })
  sendMinute: number;

  @Column({ type: 'text' })
  timeZone: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
