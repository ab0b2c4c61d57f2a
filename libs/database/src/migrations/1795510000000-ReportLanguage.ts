import { MigrationInterface, QueryRunner } from 'typeorm';

/** The language a report's PDF is rendered in; Swedish unless the authors choose English. */
export class ReportLanguage1795510000000 implements MigrationInterface {
  name = 'ReportLanguage1795510000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reports" ADD "language" text NOT NULL DEFAULT 'sv'`);
    await queryRunner.query(`ALTER TABLE "reports" ADD CONSTRAINT "CHK_reports_language" CHECK (language IN ('sv', 'en'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reports" DROP CONSTRAINT "CHK_reports_language"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP COLUMN "language"`);
  }
}
