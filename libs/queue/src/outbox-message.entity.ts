import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { JobName, QueueName } from './queue.constants';

/**
 * Work to do after a change, written in the change's own transaction. The row
 * is the record; the BullMQ job (id = row id) is only how it gets delivered.
 */
@Entity({ name: 'outbox_messages' })
// The relay's scan: rows not yet completed, oldest due first.
@Index('IDX_outbox_messages_pending', ['availableAt'], { where: 'completed_at IS NULL' })
// One uncompleted message per periodic job.
@Index('UQ_outbox_messages_periodic', ['periodicKey'], { unique: true, where: 'completed_at IS NULL' })
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_outbox_messages' })
  id: string;

  @Column({ type: 'text' })
  queue: QueueName;

  @Column({ type: 'text' })
  jobName: JobName;

  @Column({ type: 'jsonb' })
  payload: object;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Not delivered before this time; pushed forward after a failed attempt. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt: Date;

  /** Last time the relay enqueued the job or checked that Redis still has it. */
  @Column({ type: 'timestamptz', nullable: true })
  relayedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** Failed handler runs so far. */
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  /** Set when the job's last allowed attempt failed (JOB_MAX_ATTEMPTS): the relay no longer offers it. */
  @Column({ type: 'timestamptz', nullable: true })
  deadAt: Date | null;

  /** Set when a worker starts a run, cleared when the run fails: a run in progress, or one whose worker died. */
  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  /** Runs after which the message is dead; null: JOB_MAX_ATTEMPTS of its job. */
  @Column({ type: 'integer', nullable: true })
  maxAttempts: number | null;

  /** Set on the messages of a periodic job (PERIODIC_JOBS): its job name. Completing such a message writes the next. */
  @Column({ type: 'text', nullable: true })
  periodicKey: string | null;

  /** The request whose mutation wrote the message, so the job's log lines can be found with the request's. */
  @Column({ type: 'text', nullable: true })
  requestId: string | null;
}
