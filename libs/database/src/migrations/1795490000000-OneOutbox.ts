import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every deferred effect in the outbox: periodic jobs get a key (one
 * uncompleted message each), a run in progress its start, a message its own
 * limit of attempts (an administrator's one-off retry), and the reminders and digests still scheduled,
 * which had BullMQ delayed jobs of their own, get outbox messages due at
 * their time (reminders due at one moment share one, up to 500).
 */
export class OneOutbox1795490000000 implements MigrationInterface {
  name = 'OneOutbox1795490000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "periodic_key" text`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "started_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "max_attempts" integer`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_outbox_messages_periodic" ON "outbox_messages" ("periodic_key") WHERE completed_at IS NULL`);
    await queryRunner.query(`
      INSERT INTO outbox_messages (queue, job_name, payload, available_at)
      SELECT 'reminders', 'send-reminder', jsonb_build_object('reminderIds', jsonb_agg(id ORDER BY id)), due_at
        FROM (SELECT id, due_at, (row_number() OVER (PARTITION BY due_at ORDER BY id) - 1) / 500 AS chunk FROM reminders WHERE state = 'SCHEDULED') due
       GROUP BY due_at, chunk`);
    await queryRunner.query(`
      INSERT INTO outbox_messages (queue, job_name, payload, available_at)
      SELECT 'reminders', 'send-digest', jsonb_build_object('digestId', id), due_at FROM notification_digests WHERE state = 'SCHEDULED'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM outbox_messages WHERE job_name IN ('send-reminder', 'send-digest', 'refresh-deadlines', 'prune-notifications')`);
    await queryRunner.query(`DROP INDEX "UQ_outbox_messages_periodic"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "periodic_key"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "started_at"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "max_attempts"`);
  }
}
