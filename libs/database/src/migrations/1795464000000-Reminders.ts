import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders and notifications: the deadlines other modules report, the
 * reminder rules of plans and groups, the reminders themselves (their own
 * outbox: each row is delivered by a BullMQ delayed job with the row's id),
 * each person's notifications, notification settings and digests, and
 * calendar feeds.
 */
export class Reminders1795464000000 implements MigrationInterface {
  name = 'Reminders1795464000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "deadlines" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" text NOT NULL,
        "subject_id" uuid NOT NULL,
        "occurrence" text NOT NULL DEFAULT '',
        "plan_id" uuid NOT NULL,
        "group_id" uuid,
        "title" text NOT NULL,
        "due_date" date NOT NULL,
        "owner_ids" uuid array NOT NULL,
        "closed_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_a9b8551c028a78298641a8e3470" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_deadlines_open" ON "deadlines" ("plan_id", "kind")
      WHERE closed_at IS NULL
    `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "UQ_deadlines_subject" ON "deadlines" ("kind", "subject_id", "occurrence")
    `);
    await queryRunner.query(`
      CREATE TABLE "reminder_rules" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "plan_id" uuid NOT NULL,
        "group_id" uuid,
        "deadline_kind" text NOT NULL,
        "days_before" integer array NOT NULL,
        "escalations" jsonb NOT NULL,
        "send_hour" integer NOT NULL,
        "send_minute" integer NOT NULL,
        "time_zone" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_b42e2f1ee2f100d8471b63a2cb7" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "UQ_reminder_rules_group" ON "reminder_rules" ("group_id", "deadline_kind")
      WHERE group_id IS NOT NULL
    `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "UQ_reminder_rules_plan" ON "reminder_rules" ("plan_id", "deadline_kind")
      WHERE group_id IS NULL
    `);
    await queryRunner.query(`
      CREATE TABLE "notifications" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "recipient_id" uuid NOT NULL,
        "title" text NOT NULL,
        "body" text NOT NULL,
        "subject_type" text NOT NULL,
        "subject_id" uuid NOT NULL,
        "due_date" date,
        "source_key" text NOT NULL,
        "delivery" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "read_at" TIMESTAMP WITH TIME ZONE,
        "digested_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "UQ_notifications_source" ON "notifications" ("source_key")
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_notifications_awaiting_digest" ON "notifications" ("recipient_id")
      WHERE delivery = 'DIGEST'
        AND digested_at IS NULL
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_notifications_unread" ON "notifications" ("recipient_id")
      WHERE read_at IS NULL
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_notifications_recipient" ON "notifications" ("recipient_id", "created_at")
    `);
    await queryRunner.query(`
      CREATE TABLE "notification_settings" (
        "user_id" uuid NOT NULL,
        "preference" text NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_91a7ffebe8b406c4470845d4781" PRIMARY KEY ("user_id")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "notification_digests" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "recipient_id" uuid NOT NULL,
        "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "state" text NOT NULL DEFAULT 'SCHEDULED',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "sent_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_d1dfad641230ea835751ccc8493" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_notification_digests_scheduled" ON "notification_digests" ("due_at")
      WHERE state = 'SCHEDULED'
    `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "UQ_notification_digests_due" ON "notification_digests" ("recipient_id", "due_at")
    `);
    await queryRunner.query(`
      CREATE TABLE "reminders" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "deadline_id" uuid NOT NULL,
        "recipient_id" uuid NOT NULL,
        "for_due_date" date NOT NULL,
        "offset_days" integer NOT NULL,
        "escalation_level" integer NOT NULL,
        "channel" text NOT NULL,
        "email_required" boolean NOT NULL DEFAULT false,
        "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "state" text NOT NULL DEFAULT 'SCHEDULED',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "sent_at" TIMESTAMP WITH TIME ZONE,
        "cancelled_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_38715fec7f634b72c6cf7ea4893" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_reminders_recipient" ON "reminders" ("recipient_id")
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_reminders_scheduled" ON "reminders" ("due_at")
      WHERE state = 'SCHEDULED'
    `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "UQ_reminders_step" ON "reminders" (
        "deadline_id",
        "recipient_id",
        "offset_days",
        "for_due_date"
      )
      WHERE state <> 'CANCELLED'
    `);
    await queryRunner.query(`
      CREATE TABLE "calendar_feeds" (
        "user_id" uuid NOT NULL,
        "version" integer NOT NULL DEFAULT '1',
        "secret_hash" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "rotated_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_3212ce9ff23847e66347a6730d3" PRIMARY KEY ("user_id")
      )
    `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "UQ_calendar_feeds_secret" ON "calendar_feeds" ("secret_hash")
    `);
    await queryRunner.query(`
      ALTER TABLE "deadlines"
      ADD CONSTRAINT "FK_09b0827e2bc42a2d050d10ee4c2" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "deadlines"
      ADD CONSTRAINT "FK_18983bbda9cdf087a955418d195" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "reminder_rules"
      ADD CONSTRAINT "FK_c6ac423cc0769146962c67c8b09" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "reminder_rules"
      ADD CONSTRAINT "FK_1fbf374253e384c7af6e8b1a2bc" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "notifications"
      ADD CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "notification_settings"
      ADD CONSTRAINT "FK_91a7ffebe8b406c4470845d4781" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "notification_digests"
      ADD CONSTRAINT "FK_4f833fe9c2236046de1cfc34737" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "reminders"
      ADD CONSTRAINT "FK_f242d97761ad67b881f8355344e" FOREIGN KEY ("deadline_id") REFERENCES "deadlines"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "reminders"
      ADD CONSTRAINT "FK_3a46fff72ab09990844e9f221f4" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "calendar_feeds"
      ADD CONSTRAINT "FK_3212ce9ff23847e66347a6730d3" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "calendar_feeds" DROP CONSTRAINT "FK_3212ce9ff23847e66347a6730d3"
    `);
    await queryRunner.query(`
      ALTER TABLE "reminders" DROP CONSTRAINT "FK_3a46fff72ab09990844e9f221f4"
    `);
    await queryRunner.query(`
      ALTER TABLE "reminders" DROP CONSTRAINT "FK_f242d97761ad67b881f8355344e"
    `);
    await queryRunner.query(`
      ALTER TABLE "notification_digests" DROP CONSTRAINT "FK_4f833fe9c2236046de1cfc34737"
    `);
    await queryRunner.query(`
      ALTER TABLE "notification_settings" DROP CONSTRAINT "FK_91a7ffebe8b406c4470845d4781"
    `);
    await queryRunner.query(`
      ALTER TABLE "notifications" DROP CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d"
    `);
    await queryRunner.query(`
      ALTER TABLE "reminder_rules" DROP CONSTRAINT "FK_1fbf374253e384c7af6e8b1a2bc"
    `);
    await queryRunner.query(`
      ALTER TABLE "reminder_rules" DROP CONSTRAINT "FK_c6ac423cc0769146962c67c8b09"
    `);
    await queryRunner.query(`
      ALTER TABLE "deadlines" DROP CONSTRAINT "FK_18983bbda9cdf087a955418d195"
    `);
    await queryRunner.query(`
      ALTER TABLE "deadlines" DROP CONSTRAINT "FK_09b0827e2bc42a2d050d10ee4c2"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."UQ_calendar_feeds_secret"
    `);
    await queryRunner.query(`
      DROP TABLE "calendar_feeds"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."UQ_reminders_step"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_reminders_scheduled"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_reminders_recipient"
    `);
    await queryRunner.query(`
      DROP TABLE "reminders"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."UQ_notification_digests_due"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_notification_digests_scheduled"
    `);
    await queryRunner.query(`
      DROP TABLE "notification_digests"
    `);
    await queryRunner.query(`
      DROP TABLE "notification_settings"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_notifications_recipient"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_notifications_unread"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_notifications_awaiting_digest"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."UQ_notifications_source"
    `);
    await queryRunner.query(`
      DROP TABLE "notifications"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."UQ_reminder_rules_plan"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."UQ_reminder_rules_group"
    `);
    await queryRunner.query(`
      DROP TABLE "reminder_rules"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."UQ_deadlines_subject"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."IDX_deadlines_open"
    `);
    await queryRunner.query(`
      DROP TABLE "deadlines"
    `);
  }
}
