import { MigrationInterface, QueryRunner } from 'typeorm';

/** The transactional outbox: jobs written with the change that causes them, relayed to BullMQ by the worker. */
export class OutboxMessages1795459800000 implements MigrationInterface {
  name = 'OutboxMessages1795459800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "outbox_messages" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "queue" text NOT NULL,
        "job_name" text NOT NULL,
        "payload" jsonb NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "relayed_at" TIMESTAMP WITH TIME ZONE,
        "completed_at" TIMESTAMP WITH TIME ZONE,
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" text,
        CONSTRAINT "PK_outbox_messages" PRIMARY KEY ("id")
      )`);
    // Partial: completed rows, the vast majority over time, stay out of the relay's index.
    await queryRunner.query(`
      CREATE INDEX "IDX_outbox_messages_pending" ON "outbox_messages" ("available_at") WHERE completed_at IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_outbox_messages_pending"`);
    await queryRunner.query(`DROP TABLE "outbox_messages"`);
  }
}
