import { ArgsType, Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@samverkan/common';
import { IsEnum, IsOptional } from 'class-validator';
import { DeliveryChannel } from './report-delivery.entity';

export enum DeliveryStatus {
  /** Not yet tried. */
  PENDING = 'PENDING',
  /** A worker is trying it now, since startedAt (or died trying: another takes it over within JOB_LOCK_MS + 2 × STALLED_CHECK_MS). */
  IN_PROGRESS = 'IN_PROGRESS',
  /** The receiving server accepted it. */
  SENT = 'SENT',
  /** Failed at least once; tried again at nextAttemptAt. */
  RETRYING = 'RETRYING',
  /** Failed on its last allowed attempt; an administrator can retry it. */
  DEAD = 'DEAD',
}
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus' });

/** A copy's delivery record: its own row joined with the outbox message that carries it. */
@ObjectType('ReportDelivery')
export class ReportDeliveryView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  versionId: string;

  @Field(() => ID, { description: 'The receiving agency' })
  agencyId: string;

  @Field(() => DeliveryChannel)
  channel: DeliveryChannel;

  @Field(() => DeliveryStatus)
  status: DeliveryStatus;

  @Field({ description: 'Message-ID of the e-mail, or Idempotency-Key of the webhook call: the same on every attempt' })
  deliveryKey: string;

  @Field(() => Int, { description: 'Failed attempts in the current series' })
  attempts: number;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it is tried next (PENDING, RETRYING)' })
  nextAttemptAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the attempt in progress started (IN_PROGRESS)' })
  startedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the receiving server accepted it' })
  sentAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The address or URL it was delivered to' })
  recipient: string | null;

  @Field(() => String, { nullable: true, description: "The receiving server's reply" })
  serverReply: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  /** created_at at full (microsecond) precision, for cursors. */
  sortKey: string;
}

export const ReportDeliveryConnection = ConnectionType(ReportDeliveryView, 'ReportDeliveryConnection');

@ArgsType()
export class ReportDeliveriesArgs extends PageArgs {
  @Field(() => DeliveryStatus, { nullable: true })
  @IsOptional()
  @IsEnum(DeliveryStatus)
  status?: DeliveryStatus;
}

/**
 * Replies and errors are shown to every logged-in person, and a mail server or
 * the file system may name a path of this server (`/var/lib/…/x.eml`): any
 * absolute path of two or more segments not inside a URL becomes `[path]`.
 */
function withoutServerPaths(column: string): string {
  return `regexp_replace(${column}, '(^|[^[:alnum:]:/._-])(/[^[:space:]/]+){2,}', '\\1[path]', 'g')`;
}

/** The delivery view as SQL: `d` is report_deliveries, `o` its outbox message (may be cleaned up once sent). */
export const DELIVERY_VIEW_SQL = `
  SELECT d.id, d.version_id AS "versionId", d.agency_id AS "agencyId", d.channel, d.delivery_key AS "deliveryKey",
         d.created_at AS "createdAt", d.created_at::text AS "sortKey", d.sent_at AS "sentAt", d.recipient, ${withoutServerPaths('d.server_reply')} AS "serverReply",
         coalesce(o.attempts, 0) AS attempts, ${withoutServerPaths('o.last_error')} AS "lastError",
         CASE WHEN d.sent_at IS NULL AND o.dead_at IS NULL AND o.started_at IS NULL THEN o.available_at END AS "nextAttemptAt",
         CASE WHEN d.sent_at IS NULL AND o.dead_at IS NULL THEN o.started_at END AS "startedAt",
         CASE WHEN d.sent_at IS NOT NULL THEN 'SENT'
              WHEN o.dead_at IS NOT NULL THEN 'DEAD'
              WHEN o.started_at IS NOT NULL THEN 'IN_PROGRESS'
              WHEN o.attempts > 0 THEN 'RETRYING'
              ELSE 'PENDING' END AS status
    FROM report_deliveries d
    LEFT JOIN outbox_messages o ON o.id = d.outbox_message_id`;
