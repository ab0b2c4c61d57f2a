import { MigrationInterface, QueryRunner } from 'typeorm';

/** Why a measurement was corrected, kept on the correction; null on a measurement recorded first. */
export class MeasurementCorrectionReason1795520300000 implements MigrationInterface {
  name = 'MeasurementCorrectionReason1795520300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicator_measurements" ADD "correction_reason" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicator_measurements" DROP COLUMN "correction_reason"`);
  }
}
