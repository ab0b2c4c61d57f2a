/** BullMQ queues. A queue groups jobs that may share workers and concurrency. */
export enum QueueName {
  DELIVERY = 'delivery',
  /** Report copies to other agencies, apart so a burst of other mail never delays them. */
  REPORT_COPIES = 'report-copies',
}

/** Every job the worker runs. Each one needs a queue, a payload type and a handler. */
export enum JobName {
  SEND_EMAIL = 'send-email',
  DELIVER_REPORT_COPY = 'deliver-report-copy',
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

/** The payload of each job. Payloads are stored as jsonb: plain JSON values only. */
export interface JobPayloads {
  [JobName.SEND_EMAIL]: SendEmailPayload;
  [JobName.DELIVER_REPORT_COPY]: ReportCopyPayload;
}

/** The queue each job is delivered through. */
export const JOB_QUEUE: Readonly<Record<JobName, QueueName>> = {
  [JobName.SEND_EMAIL]: QueueName.DELIVERY,
  [JobName.DELIVER_REPORT_COPY]: QueueName.REPORT_COPIES,
};

/**
 * Failed runs after which a message is dead: no longer retried until someone
 * retries it (`OutboxService.retryNow`). A job left out here is retried forever.
 * With the backoff (30 s doubling, at most 1 h) the 20th failure comes about 13 hours after the first.
 */
export const JOB_MAX_ATTEMPTS: Readonly<Partial<Record<JobName, number>>> = {
  [JobName.DELIVER_REPORT_COPY]: 20,
};

/**
 * Queues whose jobs are not outbox messages: each job stands for a row of its
 * module's own table (a reminder, a digest), which is its record, so the
 * outbox dispatcher does not consume them.
 */
export enum ScheduledQueueName {
  REMINDERS = 'reminders',
}

/** The jobs on ScheduledQueueName.REMINDERS. A job's id is the id of its row; the periodic jobs' ids are their schedulers'. */
export enum ReminderJobName {
  SEND_REMINDER = 'send-reminder',
  SEND_DIGEST = 'send-digest',
  RECONCILE = 'reconcile-reminders',
  /** DeadlineRefresher: deadlines and reminders brought up to date with the plan and its people. */
  REFRESH_DEADLINES = 'refresh-deadlines',
  PRUNE_NOTIFICATIONS = 'prune-notifications',
}
