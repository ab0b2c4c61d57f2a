import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each person's language for the workspace and e-mails; Swedish unless they choose English. */
export class UserLanguage1795500100000 implements MigrationInterface {
  name = 'UserLanguage1795500100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "language" text NOT NULL DEFAULT 'SV'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "language"`);
  }
}
