import { MigrationInterface, QueryRunner } from 'typeorm';

/** Agencies' own goals: perspectives they address, indicators, measurements (corrections supersede) and yearly assessments. */
export class Goals1795461000000 implements MigrationInterface {
  name = 'Goals1795461000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "goals" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "plan_id" uuid NOT NULL,
        "agency_id" uuid NOT NULL,
        "development_area_id" uuid,
        "title" text NOT NULL,
        "statement" text NOT NULL,
        "scope" text NOT NULL DEFAULT '',
        "first_year" integer,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_26e17b251afab35580dff769223" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE INDEX "IDX_c143ff3d94c9c9c80cf6221361" ON "goals" ("plan_id", "agency_id", "title")`);
    await queryRunner.query(`
      CREATE TABLE "goal_perspectives" (
        "goal_id" uuid NOT NULL,
        "perspective_id" uuid NOT NULL,
        CONSTRAINT "PK_b1aa6bd25e0f39321af38dd9bce" PRIMARY KEY ("goal_id", "perspective_id")
      )`);
    await queryRunner.query(`
      CREATE INDEX "IDX_6177fd2d356de9a214a294f2a2" ON "goal_perspectives" ("perspective_id")`);
    await queryRunner.query(`
      CREATE TABLE "goal_indicators" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "goal_id" uuid NOT NULL,
        "name" text NOT NULL,
        "unit" text NOT NULL,
        "direction" text NOT NULL,
        "baseline_value" double precision,
        "baseline_year" integer,
        "target_value" double precision,
        "target_year" integer,
        "source_kind" text NOT NULL,
        "source_description" text NOT NULL DEFAULT '',
        "registration_number" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_7dfc3064227382b9e8e4513c5c9" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE INDEX "IDX_6dfd15ed89851286294056cebd" ON "goal_indicators" ("goal_id")`);
    await queryRunner.query(`
      CREATE TABLE "indicator_measurements" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "indicator_id" uuid NOT NULL,
        "year" integer NOT NULL,
        "measured_on" date,
        "value" double precision NOT NULL,
        "numerator" integer,
        "denominator" integer,
        "source" text NOT NULL DEFAULT '',
        "note" text NOT NULL DEFAULT '',
        "supersedes_id" uuid,
        "recorded_by_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_88bf0409350b443b7495109bbf4" UNIQUE ("supersedes_id"),
        CONSTRAINT "PK_44ff96847a2b5f8ab5f3d6a44dc" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE INDEX "IDX_88041f5088930a826aaedd97c0" ON "indicator_measurements" ("indicator_id", "year")`);
    await queryRunner.query(`
      CREATE TABLE "goal_assessments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "goal_id" uuid NOT NULL,
        "year" integer NOT NULL,
        "outcome" text NOT NULL,
        "justification" text NOT NULL DEFAULT '',
        "assessed_by_id" uuid NOT NULL,
        "assessed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_bb19778b6eceeb8c2bf2ac4fdc9" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "IDX_5c526f34b1cf73dff6ab8e0777" ON "goal_assessments" ("goal_id", "year")`);
    await queryRunner.query(`
      ALTER TABLE "goals"
      ADD CONSTRAINT "FK_7072676ef0b814e71c821e9db23" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "goals"
      ADD CONSTRAINT "FK_0b247f2ccfba08e3d01fcabfedd" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "goals"
      ADD CONSTRAINT "FK_d7d90bcc8b457b30c131187a83e" FOREIGN KEY ("development_area_id") REFERENCES "development_areas"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "goal_perspectives"
      ADD CONSTRAINT "FK_b0559f9dd83de3e00905028835b" FOREIGN KEY ("goal_id") REFERENCES "goals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "goal_perspectives"
      ADD CONSTRAINT "FK_6177fd2d356de9a214a294f2a25" FOREIGN KEY ("perspective_id") REFERENCES "perspectives"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "goal_indicators"
      ADD CONSTRAINT "FK_6dfd15ed89851286294056cebd8" FOREIGN KEY ("goal_id") REFERENCES "goals"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "indicator_measurements"
      ADD CONSTRAINT "FK_0b0c87387bd1961044db4a32ccf" FOREIGN KEY ("indicator_id") REFERENCES "goal_indicators"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "indicator_measurements"
      ADD CONSTRAINT "FK_88bf0409350b443b7495109bbf4" FOREIGN KEY ("supersedes_id") REFERENCES "indicator_measurements"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "indicator_measurements"
      ADD CONSTRAINT "FK_6fe8026ef77932d2f5910794b93" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "goal_assessments"
      ADD CONSTRAINT "FK_e3dc416693f17482f938069a514" FOREIGN KEY ("goal_id") REFERENCES "goals"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "goal_assessments"
      ADD CONSTRAINT "FK_2cad6701263ff64dff58d68daf4" FOREIGN KEY ("assessed_by_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Dropping the tables drops their indexes and foreign keys with them.
    for (const table of ['goal_assessments', 'indicator_measurements', 'goal_indicators', 'goal_perspectives', 'goals']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
