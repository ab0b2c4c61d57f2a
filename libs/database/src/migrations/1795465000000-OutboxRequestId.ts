import { MigrationInterface, QueryRunner } from 'typeorm';

/** The request that caused each outbox message, so a job's log lines can be found with the request's. */
export class OutboxRequestId1795465000000 implements MigrationInterface {
  name = 'OutboxRequestId1795465000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "request_id" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "request_id"`);
  }
}
