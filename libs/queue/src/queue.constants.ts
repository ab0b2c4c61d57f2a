/** BullMQ queues. A queue groups jobs that may share workers and concurrency. */
export enum QueueName {
  DELIVERY = 'delivery',
  /** Report copies to other agencies, apart so a burst of other mail never delays them. */
  REPORT_COPIES = 'report-copies',
  /** Reminders and digests at their time, apart so a wave of them never waits behind other mail. */
  REMINDERS = 'reminders',
  /** The worker's periodic upkeep (deadline refresh, pruning), one job at a time per worker. */
  MAINTENANCE = 'maintenance',
}

/** Every job the worker runs. Each one needs a queue, a payload type and a handler. */
export enum JobName {
  SEND_EMAIL = 'send-email',
  DELIVER_REPORT_COPY = 'deliver-report-copy',
  /** Reminders at their time (the message's available_at is their due time). */
  SEND_REMINDER = 'send-reminder',
  /** A daily digest at its time. */
  SEND_DIGEST = 'send-digest',
  /** Deadlines and reminders brought up to date with the plan and its people: one plan, or (periodic) every plan. */
  REFRESH_DEADLINES = 'refresh-deadlines',
  /** Read notifications past their retention deleted (periodic). */
  PRUNE_NOTIFICATIONS = 'prune-notifications',
  /** Browser sessions that ended or expired deleted (periodic). */
  PRUNE_SESSIONS = 'prune-sessions',
}

/** An e-mail to send. Plain JSON, since it is stored in the outbox row. */
export interface SendEmailPayload {
  to: string[];
  subject: string;
  text: string;
  /**
   * Deterministic Message-ID chosen by the caller from what caused the mail,
   * e.g. `<membership-added.${membershipId}@samverkan>`, so a re-send is
   * recognisably the same message.
   */
  messageId: string;
}

/** One copy of a submitted report version to one receiving agency; everything else is read from its delivery record. */
export interface ReportCopyPayload {
  deliveryId: string;
}

/** Reminders due at the same moment, sent together in one transaction (at most REMINDERS_PER_MESSAGE). */
export interface SendReminderPayload {
  reminderIds: string[];
}

export interface SendDigestPayload {
  digestId: string;
}

/** null: every plan, each in a job of its own. */
export interface RefreshDeadlinesPayload {
  planId: string | null;
}

/** The payload of each job. Payloads are stored as jsonb: plain JSON values only. */
export interface JobPayloads {
  [JobName.SEND_EMAIL]: SendEmailPayload;
  [JobName.DELIVER_REPORT_COPY]: ReportCopyPayload;
  [JobName.SEND_REMINDER]: SendReminderPayload;
  [JobName.SEND_DIGEST]: SendDigestPayload;
  [JobName.REFRESH_DEADLINES]: RefreshDeadlinesPayload;
  [JobName.PRUNE_NOTIFICATIONS]: Record<string, never>;
  [JobName.PRUNE_SESSIONS]: Record<string, never>;
}

/** The queue each job is delivered through. */
export const JOB_QUEUE: Readonly<Record<JobName, QueueName>> = {
  [JobName.SEND_EMAIL]: QueueName.DELIVERY,
  [JobName.DELIVER_REPORT_COPY]: QueueName.REPORT_COPIES,
  [JobName.SEND_REMINDER]: QueueName.REMINDERS,
  [JobName.SEND_DIGEST]: QueueName.REMINDERS,
  [JobName.REFRESH_DEADLINES]: QueueName.MAINTENANCE,
  [JobName.PRUNE_NOTIFICATIONS]: QueueName.MAINTENANCE,
  [JobName.PRUNE_SESSIONS]: QueueName.MAINTENANCE,
};

/** A job the worker runs again and again: an outbox message like any other, whose successor is written when it completes. */
export interface PeriodicJob<N extends JobName = JobName> {
  jobName: N;
  payload: JobPayloads[N];
  everyMs: number;
}

/**
 * The periodic jobs. Each has one uncompleted message at a time (its
 * `periodic_key` is the job name); completing it writes the next one,
 * `everyMs` later, in the same transaction. A starting worker makes each due
 * at once.
 */
export const PERIODIC_JOBS: readonly PeriodicJob[] = [
  { jobName: JobName.REFRESH_DEADLINES, payload: { planId: null }, everyMs: 3_600_000 } satisfies PeriodicJob<JobName.REFRESH_DEADLINES>,
  { jobName: JobName.PRUNE_NOTIFICATIONS, payload: {}, everyMs: 86_400_000 } satisfies PeriodicJob<JobName.PRUNE_NOTIFICATIONS>,
  { jobName: JobName.PRUNE_SESSIONS, payload: {}, everyMs: 86_400_000 } satisfies PeriodicJob<JobName.PRUNE_SESSIONS>,
];

/**
 * Failed runs after which a message is dead: no longer retried until someone
 * retries it (`OutboxService.retryNow`). A job left out here is retried forever.
 * With the backoff (30 s doubling, at most 1 h) the 20th failure comes about 13 hours after the first.
 */
export const JOB_MAX_ATTEMPTS: Readonly<Partial<Record<JobName, number>>> = {
  [JobName.DELIVER_REPORT_COPY]: 20,
};
