/** BullMQ queues. A queue groups jobs that may share workers and concurrency. */
export enum QueueName {
  DELIVERY = 'delivery',
}

/** Every job the worker runs. Each one needs a queue, a payload type and a handler. */
export enum JobName {
  SEND_EMAIL = 'send-email',
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

/** The payload of each job. Payloads are stored as jsonb: plain JSON values only. */
export interface JobPayloads {
  [JobName.SEND_EMAIL]: SendEmailPayload;
}

/** The queue each job is delivered through. */
export const JOB_QUEUE: Readonly<Record<JobName, QueueName>> = {
  [JobName.SEND_EMAIL]: QueueName.DELIVERY,
};
