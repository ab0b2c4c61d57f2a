import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DeadlineKind } from './deadline-kind';

/**
 * A date someone must meet, as the module that owns it last described it:
 * an item's due date, a year's report, a meeting. Reminders are planned from
 * it, and planned again whenever it or its rule changes.
 */
@Entity({ name: 'deadlines' })
@Index('UQ_deadlines_subject', ['kind', 'subjectId', 'occurrence'], { unique: true })
@Index('IDX_deadlines_open', ['planId', 'kind'], { where: 'closed_at IS NULL' })
export class Deadline {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: DeadlineKind;

  /** The item, meeting, report, goal, group or agency the deadline belongs to. */
  @Column({ type: 'uuid' })
  subjectId: string;

  /** Tells apart the deadlines one subject has over time, e.g. the year of a yearly one; empty when it has one. */
  @Column({ type: 'text', default: '' })
  occurrence: string;

  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne('Plan', { nullable: false })
  @JoinColumn({ name: 'plan_id' })
  private readonly plan?: unknown;

  /** The working group (or steering group) whose coordinator hears of escalations, when there is one. */
  @Column({ type: 'uuid', nullable: true })
  groupId: string | null;

  @ManyToOne('Group', { nullable: true })
  @JoinColumn({ name: 'group_id' })
  private readonly group?: unknown;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'date' })
  dueDate: string;

  /** Who must meet it; they get every reminder. */
  @Column({ type: 'uuid', array: true })
  ownerIds: string[];

  /** Set when it was met or dropped (item done, report submitted, meeting cancelled). */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
